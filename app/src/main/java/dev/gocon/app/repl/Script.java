package dev.gocon.app.repl;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.Printable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code gocon repl --script FILE}: the REPL without a terminal. Runs one command per line, echoing
 * each after the prompt, and stops at the first command that fails, leaving with its exit code.
 *
 * <p>Blank lines, lines starting with {@code #} and {@code clear} (piped output is append-only) are
 * skipped; {@code q} ends the script early. The
 * end of the input (a closed stdin included) ends it with exit code 0.
 */
public final class Script {

    private final CommandRunner runner;

    /** A script over {@code commands}, the one command tree every line runs on. */
    public Script(CommandLine commands, Workbench workbench) {
        this.runner = new CommandRunner(() -> commands, workbench);
    }

    /**
     * Runs every line of {@code in}; returns 0, or the exit code of the first command that failed.
     * Each line is echoed to {@code out}, and why the script stopped to {@code err}; the commands
     * write where their tree writes.
     */
    public int run(BufferedReader in, PrintWriter out, PrintWriter err) {
        int number = 0;
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                return ExitCode.OK;
            }
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            out.println(Repl.PROMPT + Printable.visible(trimmed));
            out.flush();
            List<String> words = runner.words(trimmed);
            if (Aliases.isQuit(words)) {
                return ExitCode.OK;
            }
            if (Aliases.isClear(words)) {
                continue;
            }
            int code = runner.run(runner.expand(words));
            if (code != ExitCode.OK) {
                out.flush();
                err.println("gocon: the script stopped at line " + number + " ('" + Printable.visible(trimmed)
                        + "'), which exited with " + code + ".");
                err.flush();
                return code;
            }
        }
    }
}
