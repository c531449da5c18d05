package dev.gocon.app.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A terminal for tests: keys typed through a pipe, and a screen that records every byte written, so
 * that a test can wait (without sleeping) until some text appears.
 */
final class VirtualTerminal implements AutoCloseable {

    static final char CTRL_C = 3;
    static final char CTRL_D = 4;

    private final PipedOutputStream keys = new PipedOutputStream();
    /* Bytes as written; decoded whole, since a character may arrive split across writes. */
    private final java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
    private final Terminal terminal;
    private int mark;

    VirtualTerminal() {
        try {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (screen) {
                        screen.write(b, off, len);
                        screen.notifyAll();
                    }
                }
            };
            terminal = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
            terminal.setSize(new Size(100, 30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Terminal terminal() {
        return terminal;
    }

    /** Types the text as keys ({@code \r} is Enter). */
    void type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the keyboard: what the REPL sees when its stdin is closed. */
    void closeKeys() {
        try {
            keys.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code text} appears on the screen after the previous match, and returns everything
     * written up to the end of it, as text: a cursor moved right counts as spaces, other escape
     * sequences are dropped. Fails after {@code timeout}.
     */
    String await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (screen) {
            while (true) {
                String plain = plain(screen.toString(StandardCharsets.UTF_8));
                int at = plain.indexOf(text, mark);
                if (at >= 0) {
                    String seen = plain.substring(mark, at + text.length());
                    mark = at + text.length();
                    return seen;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("'" + text + "' did not appear; the screen since the last match:\n"
                            + plain.substring(Math.min(mark, plain.length())));
                }
                screen.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static final Pattern CURSOR_RIGHT = Pattern.compile("\u001b\\[(\\d*)C");
    private static final Pattern ESCAPE = Pattern.compile("\u001b(\\[[0-9;?]*[ -/]*[@-~]|[=>()][0-9A-Za-z]?)");

    static String plain(String raw) {
        String moved = CURSOR_RIGHT.matcher(raw).replaceAll(m ->
                " ".repeat(m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1))));
        return ESCAPE.matcher(moved).replaceAll("");
    }

    /** Everything written so far. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        keys.close();
        terminal.close();
    }
}
