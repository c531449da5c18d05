package dev.gocon.app.render.trace;

/** The little JSON writing the Chrome export needs: string escaping and compact numbers. */
final class Json {

    private Json() {
    }

    /** {@code s} as a JSON string literal, quotes included. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Nanoseconds as microseconds with up to three decimals, as trace viewers expect. */
    static String micros(long nanos) {
        long whole = nanos / 1000;
        long frac = Math.abs(nanos % 1000);
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = String.format("%03d", frac).replaceAll("0+$", "");
        return (nanos < 0 && whole == 0 ? "-" : "") + whole + "." + f;
    }
}
