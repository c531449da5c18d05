package dev.gocon.app;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.cli.Errors;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code gocon} program: builds the one command tree that both the shell and the REPL use, and
 * turns every failure into a one-line message and a documented exit code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try (Console console = Console.system()) {
            CommandLine cli = commandLine(console,
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8));
            code = cli.execute(args);
        }
        System.out.flush();
        System.exit(code);
    }

    /**
     * The command tree, writing to {@code out} and {@code err}. Tests call this with string writers
     * and a console of their choosing.
     */
    public static CommandLine commandLine(Console console, PrintWriter out, PrintWriter err) {
        GoconCommand root = new GoconCommand(console);
        CommandLine cli = new CommandLine(root);
        root.addLessons(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Errors::usageError);
        cli.setExecutionExceptionHandler(Errors::failure);
        return cli;
    }
}
