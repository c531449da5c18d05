package dev.gocon.app.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * gocon's one JSON helper: a strict reader, an indenting writer and string quoting, for the state
 * file ({@code progress.json}), asciicast recordings and the Chrome trace export.
 *
 * <p>{@link #parse} maps an object to {@code Map<String, Object>} (in text order), an array to
 * {@code List<Object>}, a string to {@code String}, an integer to {@code Long}, a number with a fraction
 * or an exponent to {@code BigDecimal}, {@code true}/{@code false} to {@code Boolean} and {@code null} to
 * {@code null}. It reads exactly one value, as RFC 8259 spells it: duplicate keys, trailing commas,
 * comments, leading zeros, integers beyond {@code long}, nesting deeper than 64 and anything after the
 * value are rejected with a {@link MalformedException} whose one-line message names the position.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DEPTH = 64;

    /** The text is not JSON that this reader accepts, or a JSON value is not what its reader expects. */
    public static final class MalformedException extends Exception {
        /** A one-line reason; for a value that parsed but does not fit, without a position. */
        public MalformedException(String message) {
            super(message);
        }
    }

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value, surrounded by nothing but white space. */
    public static Object parse(String text) throws MalformedException {
        Json json = new Json(text);
        json.skipSpace();
        Object value = json.value(0);
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.error("unexpected text after the value", json.at);
        }
        return value;
    }

    /**
     * Writes a value as JSON indented by two spaces, ending with a newline. Accepts what {@link #parse}
     * returns, and {@code Integer}.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    /**
     * {@code text} as a JSON string literal, quotes included. Quotes, backslashes, control characters
     * (C0, DEL and C1) and the line separators U+2028/U+2029 are escaped, so the literal is safe on one
     * line of a file and in JavaScript.
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        quote(text, out);
        return out.toString();
    }

    private Object value(int depth) throws MalformedException {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply", at);
        }
        if (at >= text.length()) {
            throw error("unexpected end of text", at);
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected '" + c + "'", at);
            }
        };
    }

    private Map<String, Object> object(int depth) throws MalformedException {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek('}')) {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("expected a key in quotes", at);
            }
            int keyAt = at;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (map.containsKey(key)) {
                throw error("duplicate key '" + key + "'", keyAt);
            }
            map.put(key, value(depth + 1));
            skipSpace();
            if (peek(',')) {
                at++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array(int depth) throws MalformedException {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek(']')) {
            at++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            if (peek(',')) {
                at++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() throws MalformedException {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string", at);
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string", at - 1);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("unterminated escape", at);
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("short \\u escape", at);
                    }
                    for (int i = at; i < at + 4; i++) {
                        if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) >= 128) {
                            throw error("bad \\u escape", at);
                        }
                    }
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw error("unknown escape '\\" + e + "'", at - 1);
            }
        }
    }

    private Number number() throws MalformedException {
        int start = at;
        if (peek('-')) {
            at++;
        }
        int digits = at;
        skipDigits();
        if (at == digits) {
            throw error("expected digits", at);
        }
        if (text.charAt(digits) == '0' && at - digits > 1) {
            throw error("leading zero", digits);
        }
        boolean integer = true;
        if (peek('.')) {
            integer = false;
            at++;
            int fraction = at;
            skipDigits();
            if (at == fraction) {
                throw error("expected digits after '.'", at);
            }
        }
        if (peek('e') || peek('E')) {
            integer = false;
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            int exponent = at;
            skipDigits();
            if (at == exponent) {
                throw error("expected digits in the exponent", at);
            }
        }
        String number = text.substring(start, at);
        if (!integer) {
            return new BigDecimal(number);
        }
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw error("integer out of range", start);
        }
    }

    private void skipDigits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    private Object literal(String word, Object value) throws MalformedException {
        if (!text.startsWith(word, at)) {
            throw error("expected '" + word + "'", at);
        }
        at += word.length();
        return value;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) throws MalformedException {
        if (!peek(c)) {
            throw error("expected '" + c + "'", at);
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    /** {@code message at column C}, or {@code at line L, column C} when the text has several lines. */
    private MalformedException error(String message, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String column = "column " + (offset - lineStart + 1);
        boolean oneLine = text.indexOf('\n') < 0 || text.indexOf('\n') == text.length() - 1;
        return new MalformedException(message + " at " + (oneLine ? column : "line " + line + ", " + column));
    }

    private static void write(Object value, StringBuilder out, int indent) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Long n -> out.append(n);
            case Integer n -> out.append(n);
            case BigDecimal n -> out.append(n);
            case String s -> quote(s, out);
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append("  ".repeat(indent + 1));
                    quote((String) entry.getKey(), out);
                    out.append(": ");
                    write(entry.getValue(), out, indent + 1);
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                out.append("  ".repeat(indent)).append('}');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    out.append("  ".repeat(indent + 1));
                    write(list.get(i), out, indent + 1);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                out.append("  ".repeat(indent)).append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                                .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
