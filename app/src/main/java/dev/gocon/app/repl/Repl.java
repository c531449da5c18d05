package dev.gocon.app.repl;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import picocli.CommandLine;

/**
 * The interactive prompt: reads lines with JLine and runs each through the same picocli commands as
 * the shell, on one command tree for the whole session.
 *
 * <p>Tab completes commands, lesson ids, exercise ids and options ({@link CommandCompleter}, over the
 * same tree). History is kept in the state folder. The right prompt shows where the learner is
 * ("channels 2/3 · course 14/40"). {@code clear} and Ctrl-L (JLine's own key) clear the screen. A
 * paste comes in at once and a line holds at most {@link LongLines#MAX_LINE} characters, so that a
 * huge paste neither hangs the prompt nor runs.
 * Ctrl-C at the prompt clears the line and Ctrl-D on an empty line leaves; Ctrl-C while a command runs
 * interrupts the thread running it, and the prompt comes back with the cursor shown.
 */
public final class Repl {

    /** The prompt, also echoed before each line of a script. */
    public static final String PROMPT = "gocon> ";

    private final Terminal terminal;
    private final CommandRunner runner;
    private final Workbench workbench;
    private final BackgroundTree commands;

    /**
     * A REPL on {@code terminal}.
     *
     * @param commands  the command tree, writing to the terminal: every line runs on it, and Tab
     *                  completes from it
     * @param workbench the state folder and progress the commands use
     */
    public Repl(Terminal terminal, CommandLine commands, Workbench workbench) {
        this(terminal, BackgroundTree.of(commands), workbench);
    }

    /**
     * A REPL on {@code terminal} whose command tree may still be being built: the prompt opens at
     * once, and the first line (or Tab) waits for the tree. A failure to build it ends the prompt,
     * from the prompt's own thread, as it would have before the prompt opened.
     */
    public Repl(Terminal terminal, BackgroundTree commands, Workbench workbench) {
        this.terminal = terminal;
        this.workbench = workbench;
        this.commands = commands;
        this.runner = new CommandRunner(commands, workbench);
    }

    /** True while a command runs under a REPL or a script. */
    public static boolean active() {
        return CommandRunner.insideRepl();
    }

    /**
     * Reads and runs lines until Ctrl-D or {@code q}; returns the exit code to leave with (0). The
     * workbench is bound while reading too, so that completion offers its exercise ids.
     */
    public int run() {
        return ScopedValue.where(Workbench.key(), workbench).call(this::loop);
    }

    private int loop() {
        LineReader reader = reader();
        LongLines cap = LongLines.install(reader);
        PrintWriter out = terminal.writer();
        out.println("gocon: type 'l' for the lessons, 'help' for every command, Tab to complete, 'q' to leave.");
        out.flush();
        try {
            while (true) {
                String line;
                cap.reset();
                try {
                    line = reader.readLine(PROMPT, rightPrompt(), (Character) null, null);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = runner.words(line);
                if (words.isEmpty()) {
                    continue;
                }
                if (Aliases.isQuit(words)) {
                    break;
                }
                if (Aliases.isClear(words)) {
                    terminal.puts(Capability.clear_screen);
                    terminal.flush();
                    continue;
                }
                commands.get(); // here, not in the command's thread: a failure to build it ends the prompt
                runInterruptibly(runner.expand(words), out);
            }
        } finally {
            saveHistory(reader);
        }
        commands.get(); // a tree that failed to build fails the session, even one that ran no line
        return ExitCode.OK;
    }

    private LineReader reader() {
        DefaultParser parser = new DefaultParser();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("gocon")
                .parser(parser)
                .completer(new CandidateFilter(completer()))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.BRACKETED_PASTE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        Path history = workbench.historyFile();
        try {
            Files.createDirectories(history.getParent());
            builder.variable(LineReader.HISTORY_FILE, history);
        } catch (IOException | RuntimeException e) {
            // No history this time: the prompt works without it.
        }
        return builder.build();
    }

    /* Tab completion over the same tree the commands run on, so the two cannot disagree. */
    private Completer completer() {
        return (reader, line, candidates) ->
                new CommandCompleter(commands.get().getCommandSpec()).complete(reader, line, candidates);
    }

    /* The status: where the learner is in the exercises, or at least which lesson they ran last. */
    private String rightPrompt() {
        String status = workbench.status();
        if (status.isEmpty()) {
            status = runner.currentLesson().orElse("");
        }
        if (status.isEmpty()) {
            return null;
        }
        return new AttributedString(status, AttributedStyle.DEFAULT.faint()).toAnsi(terminal);
    }

    /*
     * The command runs on its own thread so that this one can turn Ctrl-C into an interrupt of it.
     * While it runs, the terminal is in its normal (cooked) mode, so Ctrl-C arrives as the INT
     * signal, which JLine passes to the handler installed here.
     */
    private void runInterruptibly(List<String> words, PrintWriter out) {
        AtomicInteger code = new AtomicInteger(ExitCode.FAILURE);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().name("gocon-command").unstarted(() -> {
            try {
                code.set(runner.run(words));
            } catch (Throwable e) {
                code.set(CommandRunner.failed(e, out));
            }
        });
        SignalHandler previous = terminal.handle(Signal.INT, signal -> {
            if (!interrupted.getAndSet(true)) {
                out.println();
                out.flush();
            }
            worker.interrupt();
        });
        try {
            worker.start();
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    worker.interrupt();
                }
            }
        } finally {
            terminal.handle(Signal.INT, previous);
            terminal.puts(Capability.cursor_visible);
            if (interrupted.get()) {
                out.println("gocon: interrupted");
            }
            out.flush();
            Thread.interrupted();
        }
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // Losing the history of one session is not worth an error on the way out.
        }
    }
}
