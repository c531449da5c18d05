package dev.gocon.app.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class WrapperTest {

    @Test
    void breaksOnlyAtSpaces() {
        assertEquals(List.of("Four dishes in progress on two cooks:", "about two hours, not eight."),
                Wrapper.wrap("Four dishes in progress on two cooks: about two hours, not eight.", 40));
    }

    @Test
    void wideCharactersAndHiddenTextAreMeasuredInColumns() {
        // 厨房 takes four columns in two characters: "a 厨房 b" is six characters in eight columns
        assertEquals(List.of("a 厨房", "b"), Wrapper.wrap("a 厨房 b", 6));
        assertEquals(List.of("a 厨房 b"), Wrapper.wrap("a 厨房 b", 8));
        // a hidden part takes no column: the visible "ab cd" fits in five
        AttributedString withHidden = new org.jline.utils.AttributedStringBuilder()
                .append("ab ")
                .styled(org.jline.utils.AttributedStyle.DEFAULT.hidden(), "xxxxxx")
                .append("cd")
                .toAttributedString();
        assertEquals(1, Wrapper.wrap(withHidden, 5).size());
    }

    @Test
    void aWordLongerThanTheLineStaysWhole() {
        assertEquals(List.of("see", "https://go.dev/ref/mem#happens-before", "now"),
                Wrapper.wrap("see https://go.dev/ref/mem#happens-before now", 10));
    }

    @Test
    void theTextsOwnLineBreaksStay() {
        String report = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n"
                + "  main: waiting on rail (counter 3)\ngoroutine 2 [semacquire]:";
        assertEquals(List.of("fatal error: all goroutines are asleep -", "deadlock!", "", "goroutine 1 [semacquire]:",
                "  main: waiting on rail (counter 3)", "goroutine 2 [semacquire]:"), Wrapper.wrap(report, 40));
    }

    @Test
    void anIndentedLineKeepsItsIndentOnEveryLine() {
        assertEquals(List.of("  goroutine 4 [semacquire]:", "  g4 head-chef on rail"),
                Wrapper.wrap("  goroutine 4 [semacquire]: g4 head-chef on rail", 28));
    }

    @Test
    void spacesBetweenWordsOnOneLineAreKeptAndSpacesAtABreakDropped() {
        assertEquals(List.of("x   := 1   // one", "// two"), Wrapper.wrap("x   := 1   // one   // two", 18));
    }

    @Test
    void continuationLinesCanCarryAMarker() {
        List<AttributedString> lines = Wrapper.wrap(new AttributedString("    fmt.Println(\"chef: handed over after\", waited)"),
                30, new AttributedString("↪ "));
        assertEquals(List.of("    fmt.Println(\"chef: handed", "    ↪ over after\", waited)"),
                lines.stream().map(AttributedString::toString).toList());
    }
}
