package dev.gocon.app.cli;

import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.repl.BackgroundTree;
import dev.gocon.app.repl.Repl;
import dev.gocon.app.repl.Script;
import dev.gocon.app.term.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gocon repl}: the interactive prompt over this same command tree, or with {@code --script},
 * the same commands read from a file or stdin, stopping at the first failure.
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Open the gocon prompt: every command, with Tab completion, history and short keys",
                "(l list, s show, n next, h hint, c check, x reset, r run the lesson again, clear, q quit)."})
public final class ReplCommand implements Callable<Integer> {

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--script", paramLabel = "FILE|-",
            description = "Run the commands in FILE ('-' for stdin), one per line, echoing each; stop at the first that fails.")
    private String script;

    @Override
    public Integer call() throws IOException {
        if (Repl.active()) {
            throw GoconException.usage("you are at the gocon prompt already");
        }
        Workbench workbench = Workbench.current();
        if (script != null) {
            return runScript(workbench);
        }
        if (!root.console().isTerminal()) {
            throw GoconException.usage("the prompt needs a terminal; to run commands from a file or a pipe, "
                    + "use 'gocon repl --script FILE' ('-' for stdin)");
        }
        return interactive(root.console(), workbench);
    }

    /**
     * Opens the prompt on the console's terminal; the root command calls this when run alone on a
     * terminal. The session builds one whole command tree, writing to the terminal, and runs every
     * line on it. The tree is built on a thread of its own while the prompt appears
     * ({@link BackgroundTree}), once the terminal is open: opening it ({@link Console#openInBackground})
     * is the longest step before the prompt, and the tree would take processor time from it.
     */
    static int interactive(Console console, Workbench workbench) {
        PrintWriter out = console.terminal().writer();
        BackgroundTree tree = BackgroundTree.start(() -> GoconCommand.commandLine(console, out, out));
        return new Repl(console.terminal(), tree, workbench).run();
    }

    /*
     * The script is read as strict UTF-8, so that a binary file is named as such, not run as garbage;
     * a folder, a missing file and an unreadable one are refused before any line runs.
     */
    private int runScript(Workbench workbench) throws IOException {
        boolean stdin = script.equals("-");
        Path file = stdin ? null : Path.of(script);
        if (file != null && Files.isDirectory(file)) {
            throw GoconException.usage("cannot run the script " + script + ": it is a folder");
        }
        if (file != null && !Files.exists(file)) {
            throw GoconException.usage("no such script: " + script);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Script runner = new Script(GoconCommand.commandLine(root.console(), out, err), workbench);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                stdin ? System.in : Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()))) {
            return runner.run(in, out, err);
        } catch (IOException | UncheckedIOException e) {
            throw GoconException.failure("cannot run the script " + (stdin ? "from stdin" : script) + ": "
                    + Reasons.of(e));
        }
    }
}
