package dev.gocon.app.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays out a Markdown table: aligned columns when they fit the width, otherwise one block per row
 * ("header: value" lines), so that a narrow terminal still reads it.
 */
final class TableLayout {

    private static final AttributedStyle RULE = AttributedStyle.DEFAULT.faint();
    private static final String SEPARATOR = "  ";

    private TableLayout() {
    }

    static void render(TableBlock table, MarkdownRenderer renderer, int available, List<AttributedString> out) {
        List<List<AttributedString>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<AttributedString> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(renderer.cell((TableCell) cell));
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<AttributedString> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).columnLength());
            }
        }
        int total = (columns - 1) * SEPARATOR.length();
        for (int w : widths) {
            total += w;
        }
        if (total <= available) {
            aligned(rows, headerRows, widths, out);
        } else {
            stacked(rows, headerRows, available, out);
        }
    }

    private static void aligned(List<List<AttributedString>> rows, int headerRows, int[] widths,
                                List<AttributedString> out) {
        for (int r = 0; r < rows.size(); r++) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            List<AttributedString> row = rows.get(r);
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    line.styled(RULE, SEPARATOR);
                }
                AttributedString cell = c < row.size() ? row.get(c) : AttributedString.EMPTY;
                line.append(r < headerRows ? new AttributedString(cell, AttributedStyle.BOLD) : cell);
                if (c < widths.length - 1) {
                    line.append(" ".repeat(widths[c] - cell.columnLength()));
                }
            }
            out.add(line.toAttributedString());
            if (r == headerRows - 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    rule.append(c > 0 ? SEPARATOR : "").append("━".repeat(widths[c]));
                }
                out.add(new AttributedString(rule, RULE));
            }
        }
    }

    private static void stacked(List<List<AttributedString>> rows, int headerRows, int available,
                                List<AttributedString> out) {
        List<AttributedString> header = headerRows > 0 ? rows.get(0) : List.of();
        for (int r = headerRows; r < rows.size(); r++) {
            if (r > headerRows) {
                out.add(AttributedString.EMPTY);
            }
            List<AttributedString> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                AttributedStringBuilder line = new AttributedStringBuilder();
                if (c < header.size()) {
                    line.styled(AttributedStyle.BOLD, header.get(c).toString() + ": ");
                }
                line.append(row.get(c));
                out.addAll(Wrapper.wrap(line.toAttributedString(), available));
            }
        }
    }
}
