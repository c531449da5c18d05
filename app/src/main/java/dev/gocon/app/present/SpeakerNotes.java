package dev.gocon.app.present;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where speaker notes go, never the main screen: a file that grows as the talk goes on
 * ({@code tail -f FILE} follows it), or a second terminal ({@code /dev/pts/N}, as {@code tty} prints it
 * in another tmux pane) that is cleared and shows the current slide's notes on each slide change.
 *
 * <p>A path that exists and is not a regular file (a terminal device, a FIFO) is written as a screen;
 * anything else is appended to. Each write is flushed at once.
 */
public final class SpeakerNotes implements AutoCloseable {

    private static final String CLEAR = "\033[H\033[2J\033[3J";

    private final Writer out;
    private final boolean screen;

    private SpeakerNotes(Writer out, boolean screen) {
        this.out = out;
        this.screen = screen;
    }

    /** Opens {@code path} for notes: a terminal to redraw, or a file to append to. */
    public static SpeakerNotes open(Path path) throws IOException {
        boolean screen = Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
        FileOutputStream stream = new FileOutputStream(path.toFile(), !screen);
        return new SpeakerNotes(new OutputStreamWriter(stream, StandardCharsets.UTF_8), screen);
    }

    /** Notes to any writer, appended (for tests). */
    public static SpeakerNotes appendingTo(Writer out) {
        return new SpeakerNotes(out, false);
    }

    /**
     * Shows the notes of the slide that {@code frame} is on.
     *
     * @param next the heading of the slide after it, or null at the end
     */
    public void show(Deck.Frame frame, String next) throws IOException {
        StringBuilder text = new StringBuilder();
        if (screen) {
            text.append(CLEAR);
        }
        String heading = frame.heading().isEmpty() ? "" : frame.heading().getFirst().toString();
        text.append("── ").append(frame.counter()).append(" · ").append(heading).append(" ──\n");
        text.append(frame.notes().isBlank() ? "(no notes)" : frame.notes().strip()).append('\n');
        if (frame.demo().isPresent()) {
            text.append("demo: ").append(frame.demo().get()).append(" (press r)\n");
        }
        if (next != null) {
            text.append("next: ").append(next).append('\n');
        }
        text.append('\n');
        String written = screen ? text.toString().replace("\n", "\r\n") : text.toString();
        out.write(written);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
