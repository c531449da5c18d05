package dev.gocon.app.repl;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.AsTyped;
import dev.gocon.app.term.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import picocli.CommandLine;

/**
 * Runs one line of the REPL or of a script through the command tree.
 *
 * <p>One tree serves every line of the session. Nothing a command parsed (an option such as
 * {@code --no-color} or {@code --seed 3}) leaks into the next line: picocli resets every option and
 * parameter of a command to its initial value when it parses a line naming that command. The tree
 * writes to the writers it was built with.
 */
final class CommandRunner {

    private final Supplier<CommandLine> commands;
    private final Workbench workbench;
    private final Parser parser = new DefaultParser();
    private volatile String lastLesson;

    CommandRunner(Supplier<CommandLine> commands, Workbench workbench) {
        this.commands = commands;
        this.workbench = workbench;
    }

    /** True while a command runs under the REPL or a script, where opening another REPL is refused. */
    static boolean insideRepl() {
        return AsTyped.atPrompt();
    }

    /** The words of a line, as the shell would split them: quotes group, and are removed. */
    List<String> words(String line) {
        return parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * The words the tree should see: the REPL's aliases expanded. Remembers the lesson of a
     * {@code lesson <id>} line, which {@code r} runs again.
     */
    List<String> expand(List<String> words) {
        List<String> expanded = Aliases.expand(words, currentLesson());
        if (expanded.size() >= 2 && expanded.getFirst().equals("lesson") && !expanded.get(1).startsWith("-")) {
            lastLesson = expanded.get(1);
        }
        return expanded;
    }

    /** The lesson {@code r} runs: the last one run at this prompt, or else the one the progress names. */
    Optional<String> currentLesson() {
        return Optional.ofNullable(lastLesson).or(workbench::currentLesson);
    }

    /** Runs the words in the calling thread and returns the exit code. */
    int run(List<String> words) {
        try {
            return ScopedValue.where(workbenchKey(), workbench)
                    .call(() -> AsTyped.atPrompt(() -> commands.get().execute(words.toArray(String[]::new))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure of the REPL machinery itself, as an exit code. */
    static int failed(Throwable e, PrintWriter out) {
        out.println("gocon: " + Printable.visible(String.valueOf(e)));
        out.flush();
        return ExitCode.FAILURE;
    }

    private static ScopedValue<Workbench> workbenchKey() {
        return Workbench.key();
    }
}
