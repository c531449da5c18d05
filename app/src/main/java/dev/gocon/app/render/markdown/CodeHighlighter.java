package dev.gocon.app.render.markdown;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Simple syntax colours for the Go and Java in lessons: keywords, strings, comments and numbers.
 *
 * <p>It reads one line at a time and remembers only whether a block comment is open, which is all a
 * lesson's short programs need. Unknown languages are left plain.
 */
final class CodeHighlighter {

    static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA).bold();
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle PLAIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

    private static final Set<String> GO = Set.of(
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var", "nil", "true", "false", "iota");
    private static final Set<String> JAVA = Set.of(
            "abstract", "boolean", "break", "byte", "case", "catch", "char", "class", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "if", "implements", "import", "instanceof", "int", "interface", "long", "new", "package",
            "private", "protected", "public", "record", "return", "short", "static", "super", "switch",
            "synchronized", "this", "throw", "throws", "try", "var", "void", "volatile", "while",
            "null", "true", "false");

    private final Set<String> keywords;
    private boolean inBlockComment;

    private CodeHighlighter(Set<String> keywords) {
        this.keywords = keywords;
    }

    /** A highlighter for the fenced block's info string ({@code go}, {@code java}, or other). */
    static CodeHighlighter forLanguage(String info) {
        String language = info == null ? "" : info.trim().split("\\s+")[0].toLowerCase();
        return switch (language) {
            case "go", "golang" -> new CodeHighlighter(GO);
            case "java" -> new CodeHighlighter(JAVA);
            default -> new CodeHighlighter(null);
        };
    }

    /** Colours one line of code. Call it on the block's lines in order. */
    AttributedString line(String code) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (keywords == null) {
            return out.styled(PLAIN, code).toAttributedString();
        }
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (inBlockComment) {
                int end = code.indexOf("*/", i);
                int stop = end < 0 ? n : end + 2;
                out.styled(COMMENT, code.substring(i, stop));
                inBlockComment = end < 0;
                i = stop;
            } else if (code.startsWith("//", i)) {
                out.styled(COMMENT, code.substring(i));
                i = n;
            } else if (code.startsWith("/*", i)) {
                inBlockComment = true;
                out.styled(COMMENT, "/*");
                i += 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                int end = closingQuote(code, i);
                out.styled(STRING, code.substring(i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_'
                        || code.charAt(end) == '.')) {
                    end++;
                }
                out.styled(NUMBER, code.substring(i, end));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                out.styled(keywords.contains(word) ? KEYWORD : AttributedStyle.DEFAULT, word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toAttributedString();
    }

    private static int closingQuote(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return code.length();
    }
}
