package dev.gocon.app.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays a lesson's Markdown out for a terminal: headings, emphasis, lists, block quotes and callouts,
 * tables, and fenced code with simple colours for Go and Java, all wrapped to a given width.
 *
 * <p>Rules and bars use glyphs that JLine's {@code toAnsi()} writes unchanged (it swaps the line-drawing
 * characters {@code ─ │ ┼} for ASCII), so that a terminal and a pipe show the same picture.
 *
 * <p>The result is a list of styled lines. Whether the styles reach the screen is the caller's
 * choice ({@code toAnsi()} on a terminal, {@code toString()} when piped); when colour is off the
 * renderer keeps the backticks around inline code, so that plain text still shows what is code.
 * HTML comments, which carry slide pauses and speaker notes, are never shown.
 */
public final class MarkdownRenderer {

    private static final AttributedStyle H1 = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle H2 = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle QUOTE_BAR = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle CALLOUT_BAR = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle INLINE_CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    private static final AttributedString CONTINUED = new AttributedString("↪ ", FAINT);
    private static final int CODE_INDENT = 4;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final int width;
    private final boolean color;

    /**
     * @param width the number of columns to fit (at least 20 are used)
     * @param color whether the output will show styles; without them inline code keeps its backticks
     */
    public MarkdownRenderer(int width, boolean color) {
        this.width = Math.max(20, width);
        this.color = color;
    }

    /** Renders a whole document into lines no wider than the width. */
    public List<AttributedString> render(String markdown) {
        List<AttributedString> out = new ArrayList<>();
        blocks(parser.parse(markdown), width, out);
        return out;
    }

    private void blocks(Node parent, int available, List<AttributedString> out) {
        boolean first = true;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock) {
                continue;
            }
            if (!first && !tightListItemParagraph(node)) {
                out.add(AttributedString.EMPTY);
            }
            block(node, available, out);
            first = false;
        }
    }

    private static boolean tightListItemParagraph(Node node) {
        return node.getParent() instanceof ListItem item
                && item.getParent() instanceof ListBlock list && list.isTight();
    }

    private void block(Node node, int available, List<AttributedString> out) {
        switch (node) {
            case Heading heading -> heading(heading, available, out);
            case Paragraph paragraph -> out.addAll(Wrapper.wrap(inline(paragraph, AttributedStyle.DEFAULT), available));
            case BlockQuote quote -> quote(quote, available, out);
            case BulletList list -> list(list, available, out);
            case OrderedList list -> list(list, available, out);
            case FencedCodeBlock code -> code(code.getLiteral(), code.getInfo(), available, out);
            case IndentedCodeBlock code -> code(code.getLiteral(), "", available, out);
            case ThematicBreak ignored -> out.add(new AttributedString("╌".repeat(Math.min(available, 40)), FAINT));
            case TableBlock table -> TableLayout.render(table, this, available, out);
            default -> out.addAll(Wrapper.wrap(inline(node, AttributedStyle.DEFAULT), available));
        }
    }

    private void heading(Heading heading, int available, List<AttributedString> out) {
        AttributedStyle style = heading.getLevel() == 1 ? H1 : heading.getLevel() == 2 ? H2 : AttributedStyle.BOLD;
        List<AttributedString> lines = Wrapper.wrap(inline(heading, style), available);
        out.addAll(lines);
        if (heading.getLevel() <= 2) {
            int length = lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
            String rule = (heading.getLevel() == 1 ? "═" : "━").repeat(length);
            out.add(new AttributedString(rule, style));
        }
    }

    private void quote(BlockQuote quote, int available, List<AttributedString> out) {
        List<AttributedString> inner = new ArrayList<>();
        blocks(quote, available - 2, inner);
        AttributedString bar = new AttributedString("▎ ", isCallout(quote) ? CALLOUT_BAR : QUOTE_BAR);
        for (AttributedString line : inner) {
            out.add(concat(bar, line));
        }
    }

    /** A callout is a block quote that opens with a bold label ending in a colon, such as "Note:". */
    private static boolean isCallout(BlockQuote quote) {
        return quote.getFirstChild() instanceof Paragraph p
                && p.getFirstChild() instanceof StrongEmphasis strong
                && plainText(strong).trim().endsWith(":");
    }

    private void list(ListBlock list, int available, List<AttributedString> out) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        int markerWidth = list instanceof OrderedList ? String.valueOf(number + count(list)).length() + 2 : 2;
        boolean firstItem = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!firstItem && !list.isTight()) {
                out.add(AttributedString.EMPTY);
            }
            String marker = list instanceof OrderedList
                    ? padRight(number++ + ".", markerWidth) : "• ";
            List<AttributedString> inner = new ArrayList<>();
            blocks(item, available - markerWidth, inner);
            for (int i = 0; i < inner.size(); i++) {
                String prefix = i == 0 ? marker : " ".repeat(markerWidth);
                out.add(concat(new AttributedString(prefix), inner.get(i)));
            }
            firstItem = false;
        }
    }

    private static int count(Node parent) {
        int n = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            n++;
        }
        return n - 1;
    }

    private void code(String literal, String info, int available, List<AttributedString> out) {
        CodeHighlighter highlighter = CodeHighlighter.forLanguage(info);
        String indent = " ".repeat(Math.min(CODE_INDENT, Math.max(0, available - 20)));
        int room = Math.max(10, available - indent.length());
        String[] lines = literal.replace("\t", "    ").split("\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isEmpty()) {
            last--;
        }
        String label = outputLabel(info);
        if (label != null) {
            out.add(concat(new AttributedString(indent), new AttributedString(label, FAINT)));
        }
        for (int i = 0; i < last; i++) {
            AttributedString line = highlighter.line(lines[i]);
            if (line.length() == 0) {
                out.add(AttributedString.EMPTY);
                continue;
            }
            for (AttributedString piece : Wrapper.wrap(line, room, CONTINUED)) {
                out.add(concat(new AttributedString(indent, FAINT), piece));
            }
        }
    }

    /**
     * The line shown above a lesson's {@code ```output} block (what the program before it prints),
     * so that a reader does not take it for more code; null for any other block.
     */
    private static String outputLabel(String info) {
        return switch (info == null ? "" : info.strip()) {
            case "output" -> "It prints:";
            case "output unordered" -> "It prints these lines, in an order that can change:";
            default -> null;
        };
    }

    /** The styled text of a node's inline children, with {@code base} as the starting style. */
    AttributedString inline(Node parent, AttributedStyle base) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        inlineChildren(parent, base, out);
        return out.toAttributedString();
    }

    private void inlineChildren(Node parent, AttributedStyle style, AttributedStringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> out.styled(style, text.getLiteral());
                case Emphasis ignored -> inlineChildren(node, style.italic(), out);
                case StrongEmphasis ignored -> inlineChildren(node, style.bold(), out);
                case Code code -> out.styled(INLINE_CODE, color ? code.getLiteral() : "`" + code.getLiteral() + "`");
                case Link link -> {
                    inlineChildren(link, style.underline(), out);
                    if (!plainText(link).equals(link.getDestination())) {
                        out.styled(FAINT, " (" + link.getDestination() + ")");
                    }
                }
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append('\n');
                case HtmlInline ignored -> { }
                default -> inlineChildren(node, style, out);
            }
        }
    }

    static String plainText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> text.append(t.getLiteral());
                case Code c -> text.append(c.getLiteral());
                case SoftLineBreak ignored -> text.append(' ');
                default -> text.append(plainText(node));
            }
        }
        return text.toString();
    }

    /** The display text of a table cell, for measuring. */
    AttributedString cell(TableCell cell) {
        return inline(cell, AttributedStyle.DEFAULT);
    }

    public static AttributedString concat(AttributedString a, AttributedString b) {
        return new AttributedStringBuilder().append(a).append(b).toAttributedString();
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
