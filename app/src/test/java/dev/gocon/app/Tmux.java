package dev.gocon.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A detached tmux session on a private server, for tests that use gocon as a person does: type with
 * {@link #send}, read the screen with {@link #capture}. Use {@link #available()} in an assumption first.
 */
public final class Tmux implements AutoCloseable {

    /** The project's top folder, where the {@code gocon} launcher is. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final String socket;
    private final String session;

    private Tmux(String session) {
        this.socket = "gocon-it-" + session + "-" + ProcessHandle.current().pid();
        this.session = session;
    }

    /** True if tmux is installed. */
    public static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code shellCommand} in a new session of {@code width} x {@code height}, from the project's top folder. */
    public static Tmux start(String session, int width, int height, String shellCommand) throws Exception {
        Tmux tmux = new Tmux(session);
        tmux.run("new-session", "-d", "-x", String.valueOf(width), "-y", String.valueOf(height), "-s", session,
                "cd '" + ROOT + "' && " + shellCommand);
        return tmux;
    }

    /** Types keys, in tmux's names ({@code Space}, {@code C-c}, {@code Enter}) or as text. */
    public void send(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** The visible screen, as text. */
    public String capture() throws Exception {
        return run("capture-pane", "-p", "-t", session);
    }

    /** A tmux format evaluated for the pane, such as {@code #{cursor_flag}}. */
    public String display(String format) throws Exception {
        return run("display-message", "-p", "-t", session, format).strip();
    }

    /** Captures the screen until {@code done} holds, or fails after 60 seconds. */
    public String await(Predicate<String> done, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String pane = "";
        while (System.nanoTime() < deadline) {
            pane = capture();
            if (done.test(pane)) {
                return pane;
            }
            TimeUnit.MILLISECONDS.sleep(100); // polling the screen for a condition, not ordering threads
        }
        throw new AssertionError("the screen never showed " + what + ":\n" + pane);
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "tmux answered");
        return out;
    }

    /** Kills the private tmux server, and with it the session. */
    @Override
    public void close() throws Exception {
        run("kill-server");
    }
}
