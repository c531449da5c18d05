package dev.gocon.app.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Single key presses for interactive runs ({@code --step}): from the terminal in raw mode when there
 * is one, otherwise one line at a time from standard input, so that a script can drive a run too.
 */
interface Keys extends AutoCloseable {

    /** The Ctrl-C character, as a raw-mode terminal delivers it. */
    int CTRL_C = 3;

    /** The next key, {@code '\n'} for Enter, or -1 at the end of input. */
    int read();

    @Override
    void close();

    /** Keys from a terminal, which is put in raw mode until {@link #close()}. */
    static Keys of(Terminal terminal) {
        Attributes saved = terminal.enterRawMode();
        return new Keys() {
            @Override
            public int read() {
                try {
                    int c = terminal.reader().read();
                    return c == '\r' ? '\n' : c;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                terminal.setAttributes(saved);
            }
        };
    }

    /** Keys from a stream read line by line: each line's first character, or Enter for a blank line. */
    static Keys of(InputStream in) {
        return new Keys() {
            @Override
            public int read() {
                try {
                    StringBuilder line = new StringBuilder();
                    for (int c = in.read(); c != '\n'; c = in.read()) {
                        if (c < 0) {
                            return line.isEmpty() ? -1 : line.charAt(0);
                        }
                        line.append((char) c);
                    }
                    String text = line.toString().strip();
                    return text.isEmpty() ? '\n' : text.charAt(0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
