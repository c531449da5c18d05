package dev.gocon.app;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.cli.Errors;
import dev.gocon.app.cli.ExitCode;
import dev.gocon.app.term.Console;
import dev.gocon.go.Go;
import dev.gocon.go.UncaughtPanicHandler;
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
        exitWithTheLauncher();
        // Go's behaviour for a panic in a goroutine outside any run: print it, exit with status 2
        Go.setUncaughtPanicHandler((goroutine, panic) -> {
            UncaughtPanicHandler.print(goroutine, panic);
            System.exit(2);
        });
        int code;
        try (Console console = Console.system()) {
            code = commandLine(console, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8), args).execute(args);
        }
        System.out.flush();
        System.exit(code);
    }

    /*
     * The gocon launcher (a shell script) passes its own process id. Killed with TERM, the script ends
     * at once but cannot pass the signal on (a shell runs its traps only after the foreground command
     * ends); this JVM then ends too, through its shutdown hooks, which give the terminal back and stop
     * any check's child JVM, instead of lingering until a key is pressed.
     */
    private static void exitWithTheLauncher() {
        Long launcher = Long.getLong("gocon.launcher.pid");
        if (launcher != null) {
            ProcessHandle.of(launcher).ifPresentOrElse(
                    shell -> shell.onExit().thenRun(() -> System.exit(ExitCode.TERMINATED)),
                    () -> System.exit(ExitCode.TERMINATED));
        }
    }

    /**
     * The part of the command tree that {@code args} needs (see {@link GoconCommand#addCommands(CommandLine,
     * String[])}), writing to {@code out} and {@code err}: what {@link #main} runs, and what tests of the
     * command line run.
     */
    public static CommandLine commandLine(Console console, PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cli = new CommandLine(new GoconCommand(console));
        GoconCommand.addCommands(cli, args);
        return configure(cli, out, err);
    }

    /**
     * The whole command tree, writing to {@code out} and {@code err}: what the prompt uses, and tests,
     * with string writers and a console of their choosing.
     */
    public static CommandLine commandLine(Console console, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GoconCommand(console));
        GoconCommand.addCommands(cli);
        return configure(cli, out, err);
    }

    /**
     * Sets the writers and error handlers of a tree. Picocli applies them to the commands present at
     * the call, so the commands are added first.
     */
    private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Errors::usageError);
        cli.setExecutionExceptionHandler(Errors::failure);
        return cli;
    }
}
