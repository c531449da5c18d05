package dev.gocon.app.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WalkScreenTest {

    @ParameterizedTest
    @CsvSource({"40, 12, false", "40, 12, true", "100, 30, true", "160, 40, true", "20, 8, true"})
    void aScreenIsExactlyItsHeightAndNoLineIsWider(int width, int height, boolean demo) {
        WalkScreen.Layout layout = WalkScreen.layout(width, height, 2, demo);
        List<AttributedString> text = IntStream.range(0, 100)
                .mapToObj(i -> new AttributedString("number " + i + " of the section's text" + " ".repeat(80) + "end"))
                .toList();
        List<AttributedString> lanes = IntStream.range(0, 100).mapToObj(i -> new AttributedString("lane " + i + " x".repeat(100)))
                .toList();
        List<AttributedString> rows = WalkScreen.compose(width, height, layout,
                List.of(new AttributedString("Heading"), new AttributedString("━━━━━━━")), text, 5,
                demo ? lanes : List.of(), "a status that is long enough to be shortened at a narrow width",
                "channels 3/9 · The Go code: a rendezvous", Walk.KEYS);
        assertEquals(height, rows.size());
        for (AttributedString row : rows) {
            assertTrue(row.columnLength() <= width, "too wide for " + width + ": " + row);
        }
        assertTrue(rows.getLast().toString().contains("channels 3/9"), rows.getLast().toString());
        assertTrue(rows.stream().anyMatch(r -> r.toString().contains("number 5 ")), "the window starts at the scroll");
        if (demo) {
            assertTrue(rows.stream().anyMatch(r -> r.toString().contains("lane 0")), "the demo's region is drawn");
        }
    }

    @Test
    void theDemoGoesBesideTheTextOnAWideScreenAndBelowOtherwise() {
        WalkScreen.Layout wide = WalkScreen.layout(160, 40, 2, true);
        assertEquals(wide.top(), wide.demoTop());
        assertTrue(wide.demoLeft() > wide.textWidth());
        WalkScreen.Layout narrow = WalkScreen.layout(100, 30, 2, true);
        assertTrue(narrow.demoTop() > narrow.top() + narrow.textRows() - 1);
    }

    @Test
    void shortenedTextEndsAfterAWholeWord() {
        assertEquals("Enter: back to where you…", WalkScreen.shorten("Enter: back to where you left, 2/23", 26));
        assertEquals("fits", WalkScreen.shorten("fits", 10));
    }
}
