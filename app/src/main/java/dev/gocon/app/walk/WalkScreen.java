package dev.gocon.app.walk;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out one screen of a lesson's walk: exactly {@code height} rows, none wider than {@code width}.
 * From the top: the section's heading, the section's text (a window onto it, when it is taller than
 * its room), the demo's region when the section has one, a status row and the footer.
 *
 * <p>A demo goes beside the text on a wide screen and below it otherwise, so that the text that says
 * what to watch stays in view while the lanes move.
 */
final class WalkScreen {

    /** From this width on, the demo goes beside the text rather than below it. */
    static final int SIDE_BY_SIDE = 120;

    private static final AttributedStyle FOOTER = AttributedStyle.INVERSE;
    private static final AttributedStyle STATUS = AttributedStyle.DEFAULT.faint();
    private static final int MARGIN = 1;

    /**
     * Where things go on a screen.
     *
     * @param top       the first row of the text and of the demo region
     * @param textWidth the columns the text is wrapped to
     * @param textRows  the rows of the text's window
     * @param demoLeft  the demo region's first column
     * @param demoTop   the demo region's first row
     * @param demoWidth the demo region's columns (0 when the section has no demo)
     * @param demoRows  the demo region's rows (0 when the section has no demo)
     */
    record Layout(int top, int textWidth, int textRows, int demoLeft, int demoTop, int demoWidth, int demoRows) {
    }

    private WalkScreen() {
    }

    /** The room for a section's heading: it is wrapped to this width. */
    static int headingWidth(int width) {
        return Math.max(10, width - 2 * MARGIN);
    }

    /** The layout of a screen with {@code headingRows} rows of heading, and a demo or not. */
    static Layout layout(int width, int height, int headingRows, boolean demo) {
        int top = headingRows + 1;
        int rows = Math.max(1, height - 2 - top);
        int full = Math.max(10, width - 2 * MARGIN);
        if (!demo) {
            return new Layout(top, full, rows, 0, 0, 0, 0);
        }
        if (width >= SIDE_BY_SIDE) {
            int textWidth = (width - 3 * MARGIN) / 2;
            return new Layout(top, textWidth, rows, 2 * MARGIN + textWidth, top, width - 3 * MARGIN - textWidth, rows);
        }
        int textRows = Math.max(1, rows * 2 / 5);
        int demoRows = Math.max(1, rows - textRows - 1);
        return new Layout(top, full, textRows, MARGIN, top + textRows + 1, full, demoRows);
    }

    /**
     * @param heading the section's heading lines
     * @param text    the section's text, whole; rows {@code [scroll, scroll + layout.textRows())} are shown
     * @param demo    the demo region's lines, or an empty list
     * @param status  the status row's text (a message, the demo's state), or null
     * @param footer  where the learner is ("channels 3/9 · The idea")
     * @param keys    the keys, right-aligned in the footer while there is room
     */
    static List<AttributedString> compose(int width, int height, Layout layout, List<AttributedString> heading,
            List<AttributedString> text, int scroll, List<AttributedString> demo, String status, String footer,
            String keys) {
        List<AttributedString> rows = new ArrayList<>(height);
        for (int i = 0; i < height; i++) {
            rows.add(AttributedString.EMPTY);
        }
        for (int i = 0; i < heading.size() && i < height - 2; i++) {
            rows.set(i, indent(clip(heading.get(i), width - MARGIN), MARGIN));
        }
        for (int i = 0; i < layout.textRows() && scroll + i < text.size(); i++) {
            int row = layout.top() + i;
            if (row < height - 2) {
                rows.set(row, indent(clip(text.get(scroll + i), width - MARGIN), MARGIN));
            }
        }
        for (int i = 0; i < layout.demoRows() && i < demo.size(); i++) {
            int row = layout.demoTop() + i;
            if (row < height - 2) {
                AttributedString line = clip(demo.get(i), layout.demoWidth());
                rows.set(row, layout.demoTop() == layout.top()
                        ? beside(rows.get(row), line, layout.demoLeft()) : indent(line, layout.demoLeft()));
            }
        }
        if (status != null && height >= 2) {
            rows.set(height - 2, indent(new AttributedString(shorten(status, width - 2 * MARGIN), STATUS), MARGIN));
        }
        rows.set(height - 1, footer(width, footer, keys));
        return rows;
    }

    /** The footer: where the learner is on the left, the keys on the right when both fit. */
    static AttributedString footer(int width, String where, String keys) {
        String left = " " + where + " ";
        String right = keys + " ";
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (left.length() + right.length() <= width) {
            out.styled(FOOTER, left + " ".repeat(width - left.length() - right.length()) + right);
        } else {
            String shown = " " + shorten(where, width - 2) + " ";
            out.styled(FOOTER, shown + " ".repeat(Math.max(0, width - shown.length())));
        }
        return out.toAttributedString();
    }

    /** {@code text} as it is if it fits in {@code width} columns, or cut after a whole word, with "…". */
    static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int cut = text.lastIndexOf(' ', Math.max(0, width - 1));
        String kept = cut > 0 ? text.substring(0, cut).stripTrailing() : text.substring(0, Math.max(0, width - 1));
        return kept + "…";
    }

    /** {@code right} placed at column {@code column} of {@code left}, which is padded or cut to fit. */
    private static AttributedString beside(AttributedString left, AttributedString right, int column) {
        AttributedString kept = clip(left, column - 1);
        return new AttributedStringBuilder().append(kept).append(" ".repeat(column - kept.columnLength()))
                .append(right).toAttributedString();
    }

    private static AttributedString indent(AttributedString line, int spaces) {
        if (line.length() == 0) {
            return line;
        }
        return new AttributedStringBuilder().append(" ".repeat(spaces)).append(line).toAttributedString();
    }

    private static AttributedString clip(AttributedString line, int width) {
        return line.columnLength() <= width ? line : line.columnSubSequence(0, Math.max(0, width));
    }
}
