package dev.gocon.app.record;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that writes every byte to two streams: the terminal first, then a copy (a
 * {@link CastRecorder}). Flushing and closing reach both; closing leaves the first one open, since the
 * terminal belongs to someone else.
 */
public final class TeeOutputStream extends OutputStream {

    private final OutputStream primary;
    private final OutputStream copy;

    public TeeOutputStream(OutputStream primary, OutputStream copy) {
        this.primary = primary;
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        primary.write(b);
        copy.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        primary.write(bytes, offset, length);
        copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        primary.flush();
        copy.flush();
    }

    /** Flushes the primary stream and closes the copy. */
    @Override
    public void close() throws IOException {
        primary.flush();
        copy.close();
    }
}
