package dev.gocon.app.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Greedy word wrapping of styled text, measured in terminal columns (so wide characters count
 * twice). A word longer than a whole line is cut where it must be.
 */
public final class Wrapper {

    private Wrapper() {
    }

    /**
     * Breaks {@code text} into lines of at most {@code width} columns, breaking at spaces. Runs of
     * spaces at a break are dropped; an explicit {@code '\n'} always breaks.
     */
    public static List<AttributedString> wrap(AttributedString text, int width) {
        int limit = Math.max(1, width);
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString paragraph : splitLines(text)) {
            wrapOne(paragraph, limit, lines);
        }
        return lines;
    }

    private static void wrapOne(AttributedString text, int width, List<AttributedString> lines) {
        AttributedStringBuilder line = new AttributedStringBuilder();
        int lineColumns = 0;
        int i = 0;
        int n = text.length();
        boolean any = false;
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int end = i;
            while (end < n && text.charAt(end) != ' ') {
                end++;
            }
            AttributedString word = text.subSequence(i, end);
            int wordColumns = word.columnLength();
            int needed = lineColumns == 0 ? wordColumns : lineColumns + 1 + wordColumns;
            if (needed <= width) {
                if (lineColumns > 0) {
                    line.append(text.subSequence(i - 1, i));
                }
                line.append(word);
                lineColumns = needed;
            } else if (wordColumns <= width) {
                lines.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(word);
                lineColumns = wordColumns;
            } else {
                if (lineColumns > 0) {
                    lines.add(line.toAttributedString());
                }
                List<AttributedString> pieces = word.columnSplitLength(width);
                for (int p = 0; p < pieces.size() - 1; p++) {
                    lines.add(pieces.get(p));
                }
                AttributedString last = pieces.get(pieces.size() - 1);
                line = new AttributedStringBuilder().append(last);
                lineColumns = last.columnLength();
            }
            any = true;
            i = end;
        }
        if (lineColumns > 0 || !any) {
            lines.add(line.toAttributedString());
        }
    }

    private static List<AttributedString> splitLines(AttributedString text) {
        List<AttributedString> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                parts.add(text.subSequence(start, i));
                start = i + 1;
            }
        }
        parts.add(text.subSequence(start, text.length()));
        return parts;
    }
}
