package dev.gocon.app.present;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Composes what the screen shows for a frame: exactly {@code height} rows, none wider than
 * {@code width}. From the top: a blank row, the heading, a blank row, the body, a status row, and the
 * footer with the lesson title and the slide counter. A title slide is centred both ways instead.
 *
 * <p>While a demo is shown, it draws in its own {@link DemoArea} under the body, never over it, so the
 * class keeps the point being made. When the screen is too short for both, the body folds to its first
 * line (ending in "…") and the demo gets the rest.
 */
public final class SlideScreen {

    private SlideScreen() {
    }

    /** The fewest rows a demo's area gets before the body folds to one line to make room. */
    static final int MIN_DEMO_ROWS = 10;

    /**
     * Where a demo draws on a slide: rows {@code [top, top + rows)}, columns {@code [left, left + width)}.
     *
     * @param folded true if the body was folded to one line to make room
     */
    public record DemoArea(int top, int rows, int left, int width, boolean folded) {
    }

    /** The first row of the body, under the heading. */
    static int bodyTop(Deck.Frame frame) {
        return 2 + frame.heading().size();
    }

    /** The area a demo gets on {@code frame} on a screen of {@code width} x {@code height}. */
    public static DemoArea demoArea(Deck.Frame frame, int width, int height) {
        int top = bodyTop(frame);
        int available = Math.max(1, height - 2 - top);
        int body = frame.body().size();
        int left = frame.left();
        int columns = Math.max(10, width - left - 1);
        if (available - body - 1 >= MIN_DEMO_ROWS || body == 0) {
            int gap = body == 0 ? 0 : body + 1;
            return new DemoArea(top + gap, Math.max(1, available - gap), left, columns, false);
        }
        return new DemoArea(top + 2, Math.max(1, available - 2), left, columns, true);
    }

    /**
     * @param demo   the demo's lines, drawn in its {@link #demoArea} under the body, or null for none
     * @param status a line for the status row (a demo's state, a message), or null
     */
    public static List<AttributedString> compose(Deck.Frame frame, int width, int height, Theme theme,
            List<AttributedString> demo, String status) {
        List<AttributedString> rows = new ArrayList<>(height);
        for (int i = 0; i < height; i++) {
            rows.add(AttributedString.EMPTY);
        }
        if (frame.title() && demo == null) {
            List<AttributedString> block = new ArrayList<>(frame.heading());
            if (!frame.body().isEmpty()) {
                block.add(AttributedString.EMPTY);
                block.addAll(frame.body());
            }
            int top = Math.max(0, (height - 1 - block.size()) / 2);
            for (int i = 0; i < block.size() && top + i < height - 2; i++) {
                AttributedString line = clip(block.get(i), width);
                rows.set(top + i, indent(line, Math.max(0, (width - line.columnLength()) / 2)));
            }
        } else {
            int row = 1;
            for (AttributedString line : frame.heading()) {
                if (row < height - 2) {
                    rows.set(row++, indent(clip(line, width - frame.left()), frame.left()));
                }
            }
            List<AttributedString> body = frame.body();
            DemoArea area = demo == null ? null : demoArea(frame, width, height);
            if (area != null && area.folded()) {
                body = body.isEmpty() ? body : List.of(folded(body.getFirst(), width - frame.left()));
            }
            row = bodyTop(frame);
            for (AttributedString line : body) {
                if (row >= height - 2) {
                    break;
                }
                rows.set(row++, indent(clip(line, width - frame.left()), frame.left()));
            }
            if (area != null) {
                for (int i = 0; i < Math.min(area.rows(), demo.size()) && area.top() + i < height - 2; i++) {
                    rows.set(area.top() + i, indent(clip(demo.get(i), area.width()), area.left()));
                }
            }
        }
        if (status != null && height >= 2) {
            rows.set(height - 2, indent(clip(new AttributedString(status, theme.status()), width - frame.left()),
                    frame.left()));
        }
        rows.set(height - 1, footer(frame, width, theme));
        return rows;
    }

    private static AttributedString footer(Deck.Frame frame, int width, Theme theme) {
        AttributedStyle style = theme.footer();
        String right = (frame.more() ? "▾ " : "") + (frame.demo().isPresent() ? "r: demo · " : "")
                + frame.counter() + " ";
        String left = " " + frame.lesson().title();
        int room = width - right.length() - 2;
        if (room < 4) {
            return clip(new AttributedString(right.strip(), style), width);
        }
        if (left.length() > room) {
            left = left.substring(0, room - 1) + "…";
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.styled(style, left);
        out.append(" ".repeat(Math.max(1, width - left.length() - right.length())));
        out.styled(style, right);
        return out.toAttributedString();
    }

    /** The body's first line marked as folded: the rest is hidden while the demo needs the room. */
    private static AttributedString folded(AttributedString first, int width) {
        AttributedString line = clip(first, Math.max(1, width - 2));
        return new AttributedStringBuilder().append(line).append(" …").toAttributedString();
    }

    private static AttributedString indent(AttributedString line, int spaces) {
        if (spaces <= 0 || line.length() == 0) {
            return line;
        }
        return new AttributedStringBuilder().append(" ".repeat(spaces)).append(line).toAttributedString();
    }

    static AttributedString clip(AttributedString line, int width) {
        return line.columnLength() <= width ? line : line.columnSubSequence(0, Math.max(0, width));
    }
}
