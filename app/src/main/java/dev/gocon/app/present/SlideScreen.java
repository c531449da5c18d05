package dev.gocon.app.present;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Composes what the screen shows for a frame: exactly {@code height} rows, none wider than
 * {@code width}. From the top: a blank row, the heading, a blank row, the body (or the demo's region
 * while a demo runs), a status row, and the footer with the lesson title and the slide counter.
 * A title slide is centred both ways instead.
 */
public final class SlideScreen {

    private SlideScreen() {
    }

    /** The rows of the body area, where a demo's region goes: {@code [top, top + rows)}. */
    public static int bodyTop(Deck.Frame frame) {
        return 2 + frame.heading().size();
    }

    /**
     * @param demo   the demo region's lines to show instead of the body, or null for the slide's body
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
            row = bodyTop(frame);
            for (AttributedString line : demo != null ? demo : frame.body()) {
                if (row >= height - 2) {
                    break;
                }
                rows.set(row++, indent(clip(line, width - frame.left()), frame.left()));
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
