package dev.gocon.app.render.trace;

/** Small text helpers shared by the renderers: no control bytes ever reach the output. */
final class Text {

    private Text() {
    }

    /** {@code s} with every control character replaced by {@code ?}, so it cannot move the cursor. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append('?');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** {@code s} padded with spaces to {@code width}, or as it is when longer. */
    static String pad(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        return s + " ".repeat(width - s.length());
    }

    /** {@code s} cut to {@code width} columns, ending in {@code …} when cut. */
    static String fit(String s, int width) {
        if (width <= 0) {
            return "";
        }
        if (s.length() <= width) {
            return s;
        }
        return width == 1 ? "…" : s.substring(0, width - 1) + "…";
    }

    /** {@code carrier-12} becomes {@code c12}; other names keep their trailing number, or are cut. */
    static String shortCarrier(String carrier) {
        if (carrier.isEmpty()) {
            return "-";
        }
        int end = carrier.length();
        int start = end;
        while (start > 0 && Character.isDigit(carrier.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return fit(carrier, 4);
        }
        return "c" + carrier.substring(start);
    }
}
