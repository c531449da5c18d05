package dev.gocon.app.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Lesson;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final String SAMPLE = Lesson.readText(MarkdownRendererTest.class, "sample.md");

    private static String plain(int width) {
        return new MarkdownRenderer(width, false).render(SAMPLE).stream()
                .map(AttributedString::toString)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void matchesTheRecordedLayout(int width) {
        String expected = Lesson.readText(MarkdownRendererTest.class, "sample-" + width + ".txt");
        assertEquals(expected, plain(width));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void noLineIsWiderThanTheWidth(int width) {
        for (AttributedString line : new MarkdownRenderer(width, true).render(SAMPLE)) {
            assertTrue(line.columnLength() <= width, "too wide: " + line);
        }
    }

    /** A lesson's output block is labelled, so that nobody reads it as more code. */
    @Test
    void anOutputBlockSaysItIsOutput() {
        String md = "```go\nfmt.Println(1)\n```\n\n```output\n1\n```\n\n```output unordered\na\nb\n```\n";
        String text = new MarkdownRenderer(80, false).render(md).stream().map(AttributedString::toString)
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("It prints:\n    1"), text);
        assertTrue(text.contains("in an order that can change:\n    a\n    b"), text);
        assertFalse(text.contains("fmt.Println(1)\n    It prints"), "a go block has no label: " + text);
    }

    @Test
    void htmlCommentsAreNeverShown() {
        assertFalse(plain(80).contains("pause"));
    }

    @Test
    void plainTextKeepsBackticksAndColourDropsThem() {
        assertTrue(plain(80).contains("`inline code`"));
        String coloured = new MarkdownRenderer(80, true).render(SAMPLE).stream()
                .map(AttributedString::toString).collect(Collectors.joining("\n"));
        assertFalse(coloured.contains("`inline code`"));
    }

    @Test
    void goKeywordsStringsAndCommentsAreColoured() {
        List<AttributedString> lines = new MarkdownRenderer(80, true).render(SAMPLE);
        AttributedString goLine = lines.stream().filter(l -> l.toString().contains("ch := make")).findFirst().orElseThrow();
        String ansi = goLine.toAnsi();
        assertTrue(ansi.contains("\u001b["), "styled: " + ansi);
        int keyword = goLine.toString().indexOf("chan");
        assertEquals(CodeHighlighter.KEYWORD, goLine.styleAt(keyword));
        int comment = goLine.toString().indexOf("// unbuffered");
        assertEquals(CodeHighlighter.COMMENT, goLine.styleAt(comment));
        AttributedString sendLine = lines.stream().filter(l -> l.toString().contains("<- \"soup\"")).findFirst().orElseThrow();
        assertEquals(CodeHighlighter.STRING, sendLine.styleAt(sendLine.toString().indexOf("\"soup\"")));
    }
}
