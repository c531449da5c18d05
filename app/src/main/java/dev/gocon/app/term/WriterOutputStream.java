package dev.gocon.app.term;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a demo prints, decoded as UTF-8 onto the command's {@link PrintWriter}, so that demos (which
 * print to a {@link java.io.PrintStream}) write where picocli's {@code getOut()} points, in tests too.
 */
public final class WriterOutputStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    public WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(pending.remaining(), end - at);
            pending.put(bytes, at, n);
            at += n;
            drain();
        }
    }

    private void drain() {
        pending.flip();
        decoder.decode(pending, chars, false);
        chars.flip();
        writer.append(chars);
        chars.clear();
        pending.compact();
    }

    @Override
    public synchronized void flush() {
        writer.flush();
    }
}
