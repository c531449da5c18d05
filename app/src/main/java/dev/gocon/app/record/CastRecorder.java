package dev.gocon.app.record;

import dev.gocon.app.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * An output stream that records what is written to it as an asciicast v2 file: the terminal output of
 * a session, with its timing, which {@code asciinema play}, the asciinema web player and
 * {@code gocon replay} play back.
 *
 * <p>Put it behind a {@link TeeOutputStream} beside the real terminal stream, so that every byte the
 * terminal gets is also recorded: {@code new TeeOutputStream(terminal.output(), recorder)}. Each
 * {@code write} becomes one {@code [time, "o", "data"]} event stamped with the seconds since the
 * recorder was made. Bytes are decoded as UTF-8; a character split between two writes is held back
 * until its last byte arrives, so that no event carries half a character.
 *
 * <pre>{@code
 * try (CastRecorder cast = CastRecorder.create(Files.newBufferedWriter(path), 80, 24, env)) {
 *     OutputStream out = new TeeOutputStream(terminal.output(), cast);
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread safety: all methods are synchronized, so several threads (a slide, a demo) may share it;
 * events are written in the order the writes happened, and their times never decrease.
 */
public final class CastRecorder extends OutputStream {

    private final Writer sink;
    private final LongSupplier nanoClock;
    private final long start;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(8192);
    private long lastMicros;
    private boolean closed;

    /**
     * @param sink           where the cast file's lines go; closed by {@link #close()}
     * @param width          the terminal's columns at the start
     * @param height         the terminal's rows at the start
     * @param epochSeconds   the header's {@code timestamp}
     * @param env            the header's {@code env} ({@code TERM}, {@code SHELL}); may be empty
     * @param nanoClock      a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     */
    public CastRecorder(Writer sink, int width, int height, long epochSeconds, Map<String, String> env,
            LongSupplier nanoClock) throws IOException {
        this.sink = sink;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        StringBuilder header = new StringBuilder()
                .append("{\"version\": 2, \"width\": ").append(width)
                .append(", \"height\": ").append(height)
                .append(", \"timestamp\": ").append(epochSeconds)
                .append(", \"env\": {");
        String separator = "";
        for (Map.Entry<String, String> e : env.entrySet()) {
            header.append(separator).append(Json.quote(e.getKey())).append(": ").append(Json.quote(e.getValue()));
            separator = ", ";
        }
        header.append("}}\n");
        sink.write(header.toString());
        sink.flush();
    }

    /** A recorder stamped with the wall clock, taking {@code TERM} and {@code SHELL} from {@code env}. */
    public static CastRecorder create(Writer sink, int width, int height, Map<String, String> env)
            throws IOException {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"SHELL", "TERM"}) {
            if (env.get(name) != null) {
                kept.put(name, env.get(name));
            }
        }
        return new CastRecorder(sink, width, height, System.currentTimeMillis() / 1000, kept, System::nanoTime);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed || length == 0) {
            return;
        }
        if (pending.remaining() < length) {
            ByteBuffer bigger = ByteBuffer.allocate(pending.position() + length + 8192);
            pending.flip();
            bigger.put(pending);
            pending = bigger;
        }
        pending.put(bytes, offset, length);
        pending.flip();
        CharBuffer chars = CharBuffer.allocate(pending.remaining() + 1);
        decoder.decode(pending, chars, false);
        pending.compact();
        chars.flip();
        if (chars.hasRemaining()) {
            event("o", chars.toString());
        }
    }

    /** Records that the terminal now has this size (an {@code "r"} event). */
    public synchronized void resize(int width, int height) throws IOException {
        if (!closed) {
            event("r", width + "x" + height);
        }
    }

    private void event(String type, String data) throws IOException {
        long micros = Math.max(lastMicros, (nanoClock.getAsLong() - start) / 1000);
        lastMicros = micros;
        sink.write("[" + String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000)
                + ", \"" + type + "\", " + Json.quote(data) + "]\n");
        sink.flush();
    }

    @Override
    public synchronized void flush() throws IOException {
        sink.flush();
    }

    /** Writes out any bytes held back (as replacement characters) and closes the file. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (pending.position() > 0) {
            pending.flip();
            CharBuffer chars = CharBuffer.allocate(pending.remaining() + 2);
            decoder.decode(pending, chars, true);
            decoder.flush(chars);
            chars.flip();
            if (chars.hasRemaining()) {
                event("o", chars.toString());
            }
            pending.clear();
        }
        closed = true;
        sink.close();
    }
}
