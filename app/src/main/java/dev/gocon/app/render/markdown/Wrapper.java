package dev.gocon.app.render.markdown;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The one word-wrapping routine for every piece of prose gocon prints: lessons, explanations, hints,
 * verdicts, reports, titles and prompts. Greedy, measured in terminal columns (so wide characters
 * count twice).
 *
 * <p>Its three promises:
 * <ul>
 * <li>It breaks only at spaces, never inside a word. A word longer than a whole line stays whole on a
 *     line of its own (a terminal may fold it; a word cut in two would be read as two words).</li>
 * <li>A {@code '\n'} in the text always breaks: the text's own lines, such as the lines of a Go
 *     goroutine dump, of code or of a table, stay lines.</li>
 * <li>A line's leading indentation is kept, and its continuation lines are indented as deep, so that an
 *     indented line of a report still reads as one item.</li>
 * </ul>
 */
public final class Wrapper {

    private Wrapper() {
    }

    /**
     * Breaks {@code text} into lines of at most {@code width} columns (but see the class comment on
     * long words), breaking at spaces. The spaces between two words on one line are kept as they are
     * (code keeps its alignment); the spaces at a break are dropped.
     */
    public static List<AttributedString> wrap(AttributedString text, int width) {
        return wrap(text, width, AttributedString.EMPTY);
    }

    /**
     * As {@link #wrap(AttributedString, int)}, with {@code marker} (such as a faint {@code "↪ "}) at the
     * start of every continuation line, after the line's indentation.
     */
    public static List<AttributedString> wrap(AttributedString text, int width, AttributedString marker) {
        int limit = Math.max(1, width);
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString paragraph : splitLines(text)) {
            wrapOne(paragraph, limit, marker, lines);
        }
        return lines;
    }

    /** Plain text wrapped to {@code width} columns, by the same rules. */
    public static List<String> wrap(String text, int width) {
        return wrap(new AttributedString(text), width).stream().map(AttributedString::toString).toList();
    }

    /** Prints plain {@code text} wrapped to {@code width} columns, one {@code println} per line. */
    public static void println(PrintWriter out, String text, int width) {
        wrap(text, width).forEach(out::println);
    }

    private static void wrapOne(AttributedString text, int width, AttributedString marker,
                                List<AttributedString> lines) {
        int n = text.length();
        int indentEnd = 0;
        while (indentEnd < n && text.charAt(indentEnd) == ' ') {
            indentEnd++;
        }
        if (indentEnd == n) {
            lines.add(text);
            return;
        }
        AttributedString indent = text.subSequence(0, indentEnd);
        AttributedString continuation = new AttributedStringBuilder().append(indent).append(marker)
                .toAttributedString();
        AttributedStringBuilder line = new AttributedStringBuilder().append(indent);
        int lineColumns = columns(indent);
        boolean lineHasWord = false;
        int i = indentEnd;
        while (i < n) {
            int gapStart = i;
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
            int wordColumns = columns(word);
            int gap = i - gapStart;
            if (!lineHasWord) {
                line.append(word);
                lineColumns += wordColumns;
            } else if (lineColumns + gap + wordColumns <= width) {
                line.append(text.subSequence(gapStart, i)).append(word);
                lineColumns += gap + wordColumns;
            } else {
                lines.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(continuation).append(word);
                lineColumns = columns(continuation) + wordColumns;
            }
            lineHasWord = true;
            i = end;
        }
        lines.add(line.toAttributedString());
    }

    /*
     * The columns text takes. Printable ASCII that is not hidden takes one column a character; anything
     * else is measured by JLine, whose measure sets up a grapheme segmenter on every call (the slowest
     * step of gocon list, whose text is all ASCII, before this).
     */
    private static int columns(AttributedString text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || text.isHidden(i)) {
                return text.columnLength();
            }
        }
        return text.length();
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
