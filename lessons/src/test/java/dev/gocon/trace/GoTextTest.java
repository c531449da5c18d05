package dev.gocon.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoTextTest {

    @Test
    void quotesAsGoStrconvQuoteDoes() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\a\\b\\f\\n\\r\\t\\v \\x1b[2J \\x00 \\x7f \\u009b é\"",
                GoText.quote("say \"hi\" \\ \u0007\b\f\n\r\t\u000b \u001b[2J \u0000 \u007f \u009b é"));
        assertEquals("nil", GoText.quote(null));
    }

    @Test
    void showsAStringQuotedAndAnythingElseAsItIsWithControlsEscaped() {
        assertEquals("\"soup\"", GoText.show("soup"));
        assertEquals("3", GoText.show(3));
        assertEquals("true", GoText.show(true));
        assertEquals("null", GoText.show(null));
        assertEquals("[a\\nb, \"c\"]", GoText.show(List.of("a\nb", "\"c\"")));
    }

    @Test
    void cutsALongValueToFortyCharactersNeverInsideAnEscape() {
        String long40 = "\"" + "x".repeat(38) + "\"";
        assertEquals(long40, GoText.show("x".repeat(38)));
        assertEquals("\"" + "x".repeat(38) + "…", GoText.show("x".repeat(39)));
        String cut = GoText.show("x".repeat(36) + "\u001b" + "yyyy");
        assertEquals("\"" + "x".repeat(36) + "…", cut);
        assertEquals(("y".repeat(39) + "…"), GoText.show(new StringBuilder("y".repeat(50))));
    }
}
