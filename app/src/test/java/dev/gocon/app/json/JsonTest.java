package dev.gocon.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void writesAndReadsBackEveryKindOfValue() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        value.put("count", 42L);
        value.put("negative", -7L);
        value.put("fraction", new BigDecimal("0.125"));
        value.put("yes", true);
        value.put("nothing", null);
        value.put("list", Arrays.asList(1L, "two", false, List.of(), Map.of()));
        value.put("empty", Map.of());
        assertEquals(value, Json.parse(Json.write(value)));
    }

    @Test
    void readsEscapesAndWhitespace() throws Exception {
        assertEquals(Map.of("a", "\u00e9/\n"), Json.parse(" \r\n\t{ \"a\" : \"\\u00e9\\/\\n\" } "));
    }

    @Test
    void readsIntegersAsLongAndOtherNumbersAsBigDecimal() throws Exception {
        assertEquals(List.of(0L, -12L, new BigDecimal("1.5"), new BigDecimal("1e3"), new BigDecimal("-0.25E-2")),
                Json.parse("[0, -12, 1.5, 1e3, -0.25E-2]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1,]", "{\"a\":1}x", "{a:1}", "{\"a\":01}",
            "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1,\"a\":2}",
            "\"tab\there\"", "\"\\x\"", "\"\\u12g4\"", "tru", "nul",
            "{\"a\":99999999999999999999}", "'single'", "// comment\n{}"})
    void rejectsWhatIsNotStrictJson(String text) {
        assertThrows(Json.MalformedException.class, () -> Json.parse(text), text);
    }

    @Test
    void rejectsNestingDeeperThanSixtyFour() throws Exception {
        Json.parse("[".repeat(65) + "]".repeat(65));
        assertThrows(Json.MalformedException.class, () -> Json.parse("[".repeat(66) + "]".repeat(66)));
    }

    @Test
    void aMalformedTextIsNamedByItsPositionOnOneLine() {
        assertEquals("unterminated string at column 13",
                assertThrows(Json.MalformedException.class, () -> Json.parse("[1, \"o\", \"a]")).getMessage());
        assertEquals("expected '}' at line 3, column 1",
                assertThrows(Json.MalformedException.class, () -> Json.parse("{\n  \"a\": 1\n]")).getMessage());
    }

    @Test
    void quotingRoundTripsEveryCharacter() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        String quoted = Json.quote(all.toString());
        assertEquals(all.toString(), Json.parse(quoted));
        assertEquals("\"\\u001b[0m\"", Json.quote("\033[0m"));
    }

    @Test
    void quotingEscapesControlCharactersAndLineSeparators() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u007f\\u009b\\u2028\\u2029é\"",
                Json.quote("a\"b\\c\n\r\t\b\f\u0000\u007f\u009b\u2028\u2029é"));
    }
}
