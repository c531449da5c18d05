package dev.gocon.trace;

/**
 * Values as Go prints them in a trace: {@link #show} renders a sent or received value once, at the
 * source, so that every renderer can print it as given and no control byte from a program's data can
 * ever reach a terminal.
 */
public final class GoText {

    /** The longest rendering of a value; a longer one is cut and ends in {@code …}. */
    public static final int MAX_VALUE = 40;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoText() {
    }

    /**
     * {@code s} in double quotes with the escapes of Go's {@code strconv.Quote}: {@code \"}, {@code \\},
     * {@code \a \b \f \n \r \t \v}, {@code \x1b} for other C0 characters and DEL, {@code \u0085} for C1
     * characters. {@code null} is {@code nil}.
     */
    public static String quote(String s) {
        if (s == null) {
            return "nil";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        escape(s, true, b);
        return b.append('"').toString();
    }

    /** {@code s} with its control characters escaped as {@link #quote} does, quotes and backslashes as they are. */
    public static String escapeControls(String s) {
        if (!needsEscape(s)) {
            return s; // the common case, and the trace's hot path: no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        escape(s, false, b);
        return b.toString();
    }

    /**
     * A value as Go's {@code %v} shows it, or {@code %q} for a string: a {@code String} quoted, anything
     * else by {@link String#valueOf} with control characters escaped; cut to {@link #MAX_VALUE}
     * characters, never inside an escape.
     */
    public static String show(Object value) {
        boolean quoted = value instanceof String;
        String raw = quoted ? (String) value : String.valueOf(value);
        String whole = quoted ? quote(raw) : escapeControls(raw);
        if (whole.length() <= MAX_VALUE) {
            return whole;
        }
        StringBuilder b = new StringBuilder(MAX_VALUE + 8);
        if (quoted) {
            b.append('"');
        }
        StringBuilder unit = new StringBuilder(6);
        for (int i = 0; b.length() + unit.length() <= MAX_VALUE - 1; i++) {
            b.append(unit);
            unit.setLength(0);
            escape(raw.charAt(i), quoted, unit);
        }
        return b.append('…').toString();
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    private static void escape(String s, boolean quoted, StringBuilder b) {
        for (int i = 0; i < s.length(); i++) {
            escape(s.charAt(i), quoted, b);
        }
    }

    private static void escape(char c, boolean quoted, StringBuilder b) {
        switch (c) {
            case '"' -> b.append(quoted ? "\\\"" : "\"");
            case '\\' -> b.append(quoted ? "\\\\" : "\\");
            case '\u0007' -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case '\u000b' -> b.append("\\v");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                } else if (c >= 0x80 && c <= 0x9f) {
                    b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                } else {
                    b.append(c);
                }
            }
        }
    }
}
