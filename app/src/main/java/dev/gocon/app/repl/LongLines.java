package dev.gocon.app.repl;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import dev.gocon.app.render.markdown.Wrapper;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.utils.AttributedString;
import org.jline.utils.NonBlockingReader;

/**
 * Keeps the prompt quick under a huge paste. A terminal that brackets pastes sends the whole text at
 * once, and JLine takes it in one step ({@code begin-paste}); typed or unbracketed, every character
 * would redraw the whole line, so the line stops growing at {@link #MAX_LINE} characters. Either way
 * the rest is left out, once with one line saying so. Past the cap, what is already waiting to be
 * read is dropped without a redraw per character, up to the next control key (Enter, Ctrl-C, ...),
 * which is then handled as usual: Ctrl-C still clears the line.
 */
final class LongLines {

    /** The longest command line: far more than any gocon command needs. */
    static final int MAX_LINE = 1024;

    static final String LEFT_OUT = "gocon: a command line holds at most " + MAX_LINE
            + " characters; the rest was left out (to run many commands, use 'repl --script FILE').";

    private final LineReader reader;
    private boolean told;

    private LongLines(LineReader reader) {
        this.reader = reader;
    }

    /** Caps the lines {@code reader} reads; returns the cap, to be {@link #reset} before each line. */
    static LongLines install(LineReader reader) {
        LongLines cap = new LongLines(reader);
        Map<String, Widget> widgets = reader.getWidgets();
        Widget insert = widgets.get(LineReader.SELF_INSERT);
        Widget paste = widgets.get(LineReader.BEGIN_PASTE);
        widgets.put(LineReader.SELF_INSERT, () -> reader.getBuffer().length() >= MAX_LINE ? cap.leftOut()
                : insert.apply());
        widgets.put(LineReader.BEGIN_PASTE, () -> {
            boolean pasted = paste.apply();
            Buffer line = reader.getBuffer();
            if (line.length() > MAX_LINE) {
                line.cursor(MAX_LINE);
                line.delete(line.length() - MAX_LINE);
                cap.leftOut();
            }
            return pasted;
        });
        return cap;
    }

    /** A new line: the next overflow is told again. */
    void reset() {
        told = false;
    }

    private boolean leftOut() {
        if (!told) {
            told = true;
            int width = Math.max(20, reader.getTerminal().getWidth());
            reader.printAbove(Wrapper.wrap(new AttributedString(LEFT_OUT), width).stream()
                    .map(AttributedString::toString).collect(Collectors.joining("\n")));
        }
        dropWaitingText();
        return true;
    }

    /* Reads and drops the printable characters already waiting; a control key is put back to be handled. */
    private void dropWaitingText() {
        NonBlockingReader keys = reader.getTerminal().reader();
        try {
            while (true) {
                int c = keys.read(1L);
                if (c < 0) {
                    return;
                }
                if (Character.isISOControl(c)) {
                    reader.runMacro(String.valueOf((char) c));
                    return;
                }
            }
        } catch (IOException e) {
            // Interrupted (Ctrl-C) or closed: the line reader sees it on its next read.
        }
    }
}
