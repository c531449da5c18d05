package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1,]", "{\"a\":1}x", "{a:1}", "{\"a\":01}",
            "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":1,\"a\":2}", "\"tab\there\"", "\"\\x\"", "tru", "nul",
            "{\"a\":99999999999999999999}", "'single'", "// comment\n{}"})
    void rejectsWhatIsNotStrictJson(String text) {
        assertThrows(Json.MalformedException.class, () -> Json.parse(text), text);
    }
}
