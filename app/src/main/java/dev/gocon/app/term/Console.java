package dev.gocon.app.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where this run's output goes: a terminal, or a pipe or file.
 *
 * <p>It decides the two things every renderer asks. <em>May I colour?</em> Only on a terminal, never
 * when {@code NO_COLOR} is set to anything, and always when {@code CLICOLOR_FORCE} is set (and not
 * {@code 0}); {@code --no-color} is applied on top by the command line. <em>How wide?</em> The
 * terminal's width, read afresh on each call so that a resize is seen, or 80 columns when piped.
 *
 * <p>The JLine terminal is opened only when first needed (a live trace, the REPL), because opening it
 * costs start-up time that {@code gocon list} should not pay. It is opened without JLine's grapheme
 * cluster mode: finding out whether the terminal has that mode means writing test emoji and waiting
 * for the terminal's answers (more than 50 ms before the prompt), and gocon prints no character made
 * of several code points (such as a flag or a family emoji) whose width that mode would change.
 */
public final class Console implements AutoCloseable {

    /** The width used when output is not a terminal. */
    public static final int PIPED_WIDTH = 80;

    private final boolean stdoutIsTerminal;
    private final Map<String, String> environment;
    private final InputStream input;
    private Terminal terminal;

    private Console(boolean stdoutIsTerminal, Map<String, String> environment, InputStream input, Terminal terminal) {
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.environment = Map.copyOf(environment);
        this.input = input;
        this.terminal = terminal;
    }

    /** The process's own standard output and environment. */
    public static Console system() {
        java.io.Console console = System.console();
        return new Console(console != null && console.isTerminal(), System.getenv(), System.in, null);
    }

    /** Output to a pipe, with this environment and nothing to read: what tests and scripts see. */
    public static Console piped(Map<String, String> environment) {
        return piped(environment, InputStream.nullInputStream());
    }

    /** Output to a pipe, with this environment, reading answers (such as {@code --step} keys) from {@code input}. */
    public static Console piped(Map<String, String> environment, InputStream input) {
        return new Console(false, environment, input, null);
    }

    /** Output to the given terminal (a virtual one in tests), with this environment. */
    public static Console terminal(Terminal terminal, Map<String, String> environment) {
        return new Console(true, environment, terminal.input(), terminal);
    }

    /** Standard input, when it is not read through the terminal. */
    public InputStream input() {
        return input;
    }

    /** True if standard output is a terminal, where colour, cursor movement and live redraw belong. */
    public boolean isTerminal() {
        return stdoutIsTerminal;
    }

    /** True if colours are allowed before {@code --no-color} is considered. */
    public boolean colorAllowed() {
        if (!environment.getOrDefault("NO_COLOR", "").isEmpty()) {
            return false;
        }
        String force = environment.getOrDefault("CLICOLOR_FORCE", "");
        if (!force.isEmpty() && !force.equals("0")) {
            return true;
        }
        return stdoutIsTerminal;
    }

    /** The number of columns to lay text out in: the terminal's current width, or 80 when piped. */
    public int width() {
        if (!stdoutIsTerminal) {
            return PIPED_WIDTH;
        }
        int columns = terminal().getWidth();
        return columns > 0 ? columns : PIPED_WIDTH;
    }

    /**
     * The JLine terminal, opened on first use. Only meaningful when {@link #isTerminal()}; otherwise
     * JLine gives a dumb terminal over the standard streams.
     */
    public synchronized Terminal terminal() {
        if (terminal == null) {
            terminal = open();
        }
        return terminal;
    }

    /*
     * JLine's JNI provider first, and only it: it loads one small native library that it extracts from
     * the jar. The FFM provider, JLine's own first choice on Java 22+, links a dozen native calls and a
     * signal handler upcall through method handles that the JVM generates at every start, and that no
     * AOT cache holds; that was most of the time before the first prompt. Asking for JNI alone also
     * spares the exec provider's check, which starts a `test -t 1` process. Where JNI cannot serve (no
     * library for this platform in the jar, a temporary folder that forbids running code, standard input
     * not a terminal), JLine chooses among its providers as it would by default.
     */
    private static Terminal open() {
        try {
            return builder().provider(TerminalBuilder.PROP_PROVIDER_JNI).dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError jniFailed) {
            try {
                return builder().build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the terminal", e);
            }
        }
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).name("gocon").graphemeCluster(false);
    }

    /**
     * Starts opening the terminal on a thread of its own, for a run that will need it at once (the
     * prompt), so that the work before its first use overlaps the opening; {@link #terminal()} waits
     * for it. A failure is left for {@link #terminal()}, which then tries again and throws as it would
     * have without this.
     */
    public void openInBackground() {
        Thread.ofPlatform().daemon().name("gocon-terminal").start(() -> {
            try {
                terminal();
            } catch (RuntimeException e) {
                // terminal() reports it to the run that asks for the terminal
            }
        });
    }

    /** Closes the terminal if it was opened, restoring its settings. */
    @Override
    public synchronized void close() {
        if (terminal != null) {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // Nothing left to restore that the launcher's stty does not restore too.
            }
        }
    }
}
