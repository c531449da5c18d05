package dev.gocon.app.share;

import dev.gocon.app.json.Json;
import dev.gocon.app.present.FullScreen;
import dev.gocon.app.present.ScreenState;
import dev.gocon.app.present.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.NonBlockingReader;

/**
 * A student's side of a shared session ({@code gocon follow HOST:PORT --code CODE}): reads the
 * presenter's screens from {@code /state} and draws each again at this terminal's size
 * ({@link SharedSlides}), or, in a pipe, writes each new slide once as plain text. It sends nothing but
 * its request. On a terminal, {@code q} or Ctrl-C leaves.
 */
public final class FollowSession implements AutoCloseable {

    /** Why following could not start. */
    public static final class Refused extends Exception {
        private final boolean usage;

        Refused(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        /** True if the user gave a wrong value (the code), false if the session could not be reached. */
        public boolean usage() {
            return usage;
        }
    }

    /** Exit code when the presenter ended the session or the student pressed q. */
    public static final int DONE = 0;
    /** Exit code after Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private final HttpClient client;
    private final Stream<String> lines;
    private final String target;
    private volatile boolean ended;

    private FollowSession(HttpClient client, Stream<String> lines, String target) {
        this.client = client;
        this.lines = lines;
        this.target = target;
    }

    /**
     * Connects to the session at {@code target} ({@code HOST:PORT}) with {@code code}.
     *
     * @throws IllegalArgumentException in plain words, if {@code target} is not HOST:PORT
     * @throws Refused                  if the code is wrong, nobody shares there, or the session is full
     */
    public static FollowSession connect(String target, String code) throws Refused, InterruptedException {
        URI uri;
        try {
            uri = URI.create("http://" + target + "/state?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            if (uri.getHost() == null || uri.getPort() < 0 || !uri.getRawPath().equals("/state")) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + target + "' is not HOST:PORT, such as 127.0.0.1:7070");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<Stream<String>> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (ConnectException e) {
            client.shutdownNow();
            throw new Refused("nobody is sharing at " + target + " (connection refused)", false);
        } catch (IOException e) {
            client.shutdownNow();
            throw new Refused("cannot follow " + target + ": " + (e.getMessage() == null ? "the connection failed"
                    : e.getMessage()), false);
        }
        int status = response.statusCode();
        if (status != 200) {
            String reason = response.body().findFirst().orElse("").strip();
            response.body().close();
            client.shutdownNow();
            if (status == 401) {
                throw new Refused("the session at " + target + " did not accept the code '" + code + "'", true);
            }
            throw new Refused("cannot follow " + target + ": " + (reason.isEmpty() ? "HTTP " + status : reason), false);
        }
        return new FollowSession(client, response.body(), target);
    }

    /** Shows the session full screen until it ends, q, or Ctrl-C; returns {@link #DONE} or {@link #INTERRUPTED}. */
    public int show(Terminal terminal, boolean color) throws IOException {
        SharedSlides slides = new SharedSlides(Theme.DEFAULT, color);
        ScreenState[] latest = {null};
        boolean[] ended = {false};
        try (FullScreen screen = FullScreen.open(terminal, terminal.output())) {
            Object lock = new Object();
            Runnable draw = () -> {
                synchronized (lock) {
                    Size size = screen.size();
                    screen.draw(latest[0] == null ? waiting() : slides.draw(latest[0], size.getColumns(), size.getRows()));
                }
            };
            draw.run();
            Thread reader = Thread.ofPlatform().daemon().name("gocon-follow").start(() -> {
                read(state -> {
                    synchronized (lock) {
                        latest[0] = state;
                    }
                    draw.run();
                });
                synchronized (lock) {
                    ended[0] = true;
                }
            });
            NonBlockingReader keys = terminal.reader();
            while (true) {
                if (screen.interrupted()) {
                    return INTERRUPTED;
                }
                synchronized (lock) {
                    if (ended[0]) {
                        this.ended = true;
                        return DONE;
                    }
                }
                if (screen.takeResize()) {
                    draw.run();
                }
                int key = keys.read(100);
                if (key == 3) {
                    return INTERRUPTED;
                }
                if (key == 'q' || key == 'Q' || key == NonBlockingReader.EOF) {
                    return DONE;
                }
            }
        } finally {
            close();
        }
    }

    /** Writes each new slide once, as plain text of {@code width} columns, until the session ends. */
    public void print(PrintWriter out, int width) {
        SharedSlides slides = new SharedSlides(Theme.DEFAULT, false);
        String[] shown = {""};
        read(state -> {
            String place = state.lessonIndex() + "/" + state.slide() + "/" + state.step();
            if (place.equals(shown[0])) {
                return;
            }
            shown[0] = place;
            out.println("── " + state.lessons().get(state.lessonIndex()) + " " + "─".repeat(Math.max(2, width - 4
                    - state.lessons().get(state.lessonIndex()).length())));
            for (AttributedString row : slides.draw(state, width, 24)) {
                out.println(row.toString().stripTrailing());
            }
            out.flush();
        });
    }

    /** What to tell the student when {@link #show} returned: whether the presenter ended the session. */
    public String goodbye() {
        return ended ? "the session at " + target + " has ended" : "you left the session at " + target;
    }

    private void read(java.util.function.Consumer<ScreenState> each) {
        try {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data: ")) {
                    try {
                        each.accept(ScreenJson.read(line.substring(6)));
                    } catch (Json.MalformedException e) {
                        // A screen we cannot read is skipped; the next one replaces it anyway.
                    }
                }
            }
        } catch (RuntimeException e) {
            // The connection was closed: by the presenter ending, or by us leaving.
        }
    }

    private List<AttributedString> waiting() {
        return List.of(AttributedString.EMPTY, new AttributedString("  following " + target + ": waiting for the first slide…"));
    }

    /** Closes the connection. */
    @Override
    public void close() {
        lines.close();
        client.shutdownNow();
    }
}
