package dev.gocon.app.record;

import dev.gocon.app.errors.GoconException;
import dev.gocon.app.term.Console;
import dev.gocon.app.term.WriterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * {@code gocon lesson --record FILE.cast}: what the command prints, recorded as an asciicast v2 file
 * while it is shown.
 *
 * <p>Everything written through {@link #writer} reaches the screen and the recording, with its timing:
 * the lesson's text, the demo's output and its plain trace log. (A live region is drawn through the
 * terminal itself, which cannot be tapped, so a recorded lesson shows its trace as the plain log; the
 * presenter, which draws through a stream of its own, records its live lanes.)
 */
public final class Recording implements AutoCloseable {

    private final CastRecorder cast;

    private Recording(CastRecorder cast) {
        this.cast = cast;
    }

    /** Starts recording to {@code file}, sized like the console's screen (80x24 when piped). */
    public static Recording start(Path file, Console console) {
        return new Recording(open(file, null, console.isTerminal() ? console.terminal() : null));
    }

    /**
     * A recorder for a screen the size of {@code terminal} whose lines go to {@code file} and to
     * {@code copy} (a shared session's followers), either of which may be null.
     */
    public static CastRecorder open(Path file, Writer copy, Terminal terminal) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TERM", terminal != null ? terminal.getType() : "dumb");
        String shell = System.getenv("SHELL");
        if (shell != null) {
            env.put("SHELL", shell);
        }
        int width = terminal != null ? terminal.getWidth() : Console.PIPED_WIDTH;
        int height = terminal != null ? terminal.getHeight() : 24;
        try {
            Writer sink = file == null ? Writer.nullWriter() : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return CastRecorder.create(copy == null ? sink : new TeeWriter(sink, copy), width, height, env);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw GoconException.failure("cannot write the recording " + file + ": " + reason);
        }
    }

    /** Writes to a file and to a copy; flushing and closing reach both. */
    private static final class TeeWriter extends Writer {
        private final Writer file;
        private final Writer copy;

        TeeWriter(Writer file, Writer copy) {
            this.file = file;
            this.copy = copy;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            file.write(buffer, offset, length);
            copy.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            file.flush();
            copy.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                file.close();
            } finally {
                copy.close();
            }
        }
    }

    /** {@code original}, with what is written to it also recorded. */
    public PrintWriter writer(PrintWriter original) {
        return new PrintWriter(new OutputStreamWriter(
                new TeeOutputStream(new WriterOutputStream(original), cast), StandardCharsets.UTF_8), true);
    }

    /** Ends the recording and closes the file. */
    @Override
    public void close() {
        try {
            cast.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
