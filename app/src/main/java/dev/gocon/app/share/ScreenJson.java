package dev.gocon.app.share;

import dev.gocon.app.json.Json;
import dev.gocon.app.present.ScreenState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;

/**
 * A {@link ScreenState} as one line of JSON, and back: what the {@code /state} stream sends. Styled
 * lines travel as text with ANSI SGR sequences, which a follower's terminal or the browser page turns
 * back into styles.
 * <pre>{@code
 * {"lessons":["kitchens"],"lesson":0,"slide":2,"step":1,"status":null,"demo":null,
 *  "width":100,"height":30,"rows":["","   \u001b[1mDishes\u001b[0m", ...]}
 * }</pre>
 */
public final class ScreenJson {

    private ScreenJson() {
    }

    /** The state as one line of JSON, without a line break. */
    public static String write(ScreenState state) {
        StringBuilder out = new StringBuilder(4096);
        out.append("{\"lessons\":").append(strings(state.lessons()))
                .append(",\"lesson\":").append(state.lessonIndex())
                .append(",\"slide\":").append(state.slide())
                .append(",\"step\":").append(state.step())
                .append(",\"status\":").append(state.status() == null ? "null" : Json.quote(state.status()))
                .append(",\"demo\":").append(state.demo() == null ? "null" : strings(ansi(state.demo())))
                .append(",\"width\":").append(state.width())
                .append(",\"height\":").append(state.height())
                .append(",\"rows\":").append(strings(ansi(state.rows())))
                .append('}');
        return out.toString();
    }

    /** Reads what {@link #write} wrote. */
    public static ScreenState read(String json) throws Json.MalformedException {
        if (!(Json.parse(json) instanceof Map<?, ?> map)) {
            throw new Json.MalformedException("a screen is a JSON object");
        }
        List<String> lessons = strings(map.get("lessons"));
        List<String> demo = map.get("demo") == null ? null : strings(map.get("demo"));
        return new ScreenState(lessons, number(map.get("lesson")), number(map.get("slide")), number(map.get("step")),
                map.get("status") instanceof String s ? s : null,
                demo == null ? null : styled(demo), styled(strings(map.get("rows"))),
                number(map.get("width")), number(map.get("height")));
    }

    private static List<String> ansi(List<AttributedString> lines) {
        return lines.stream().map(line -> line.toAnsi()).toList();
    }

    private static List<AttributedString> styled(List<String> lines) {
        return lines.stream().map(AttributedString::fromAnsi).toList();
    }

    private static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(Json.quote(values.get(i)));
        }
        return out.append(']').toString();
    }

    private static List<String> strings(Object value) throws Json.MalformedException {
        if (!(value instanceof List<?> list)) {
            throw new Json.MalformedException("expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object each : list) {
            out.add(String.valueOf(each));
        }
        return out;
    }

    private static int number(Object value) throws Json.MalformedException {
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new Json.MalformedException("expected a number");
    }
}
