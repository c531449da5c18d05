package dev.gocon.app.term;

/** Text from outside (a typed argument, a line of a script) made safe to print to a terminal or a pipe. */
public final class Printable {

    private Printable() {
    }

    /**
     * {@code text} with every control character (an escape byte from a typed argument, say) shown as
     * {@code \u001b}, so that input is never echoed raw into a terminal or piped output.
     */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
