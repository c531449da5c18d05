package dev.gocon.app.term;

import org.jline.utils.AttributedString;
import picocli.CommandLine.Help;

/**
 * How this run's output may look: whether colours are on, and how wide a line may be.
 *
 * @param console the terminal or pipe written to
 * @param color   true if styles and colours may be written
 */
public record Style(Console console, boolean color) {

    /** The width to wrap text at: the terminal's, or 80 columns when piped. */
    public int width() {
        return console.width();
    }

    /** A styled string as the output should carry it: with escape codes only when colour is on. */
    public String render(AttributedString text) {
        return color ? text.toAnsi() : text.toString();
    }

    /** picocli's own colour setting, matching ours. */
    public Help.Ansi picocliAnsi() {
        return color ? Help.Ansi.ON : Help.Ansi.OFF;
    }
}
