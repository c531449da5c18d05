package dev.gocon.app.render.trace;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line (without its line separator) to a consumer, so that
 * a demo's output can be placed whole between trace lines or above a live region.
 *
 * <p>Thread-safe: writes are serialized, so a line never mixes two writers' bytes when each writer
 * prints whole lines, as {@link PrintStream#println} does.
 */
final class LineSink extends OutputStream {

    private final Consumer<String> lines;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    LineSink(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            partial.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                partial.write(b, start, i - start);
                emit();
                start = i + 1;
            }
        }
        partial.write(b, start, off + len - start);
    }

    /** Hands on the last line even if it has no line separator yet. */
    @Override
    public synchronized void close() {
        if (partial.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String line = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        lines.accept(line);
    }
}
