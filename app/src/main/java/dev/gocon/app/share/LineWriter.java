package dev.gocon.app.share;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line (without its line break) to a consumer, as it is written. */
final class LineWriter extends Writer {

    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                lines.accept(line.toString());
                line.setLength(0);
            } else {
                line.append(buffer[i]);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
