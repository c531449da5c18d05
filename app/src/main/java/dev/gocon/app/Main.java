package dev.gocon.app;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.term.Console;
import dev.gocon.go.Go;
import dev.gocon.go.UncaughtPanicHandler;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code gocon} program: runs the command line ({@link GoconCommand#execute}) and leaves with
 * its exit code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        exitWithTheLauncher();
        // The presenter hands its screens to the share hub's goroutine from this platform thread on
        // purpose (ShareHub); the runtime's warning about that would print over the screen.
        System.setProperty("gocon.platformThreadWarning", "false");
        // Go's behaviour for a panic in a goroutine outside any run: print it, exit with status 2
        Go.setUncaughtPanicHandler((goroutine, panic) -> {
            UncaughtPanicHandler.print(goroutine, panic);
            System.exit(2);
        });
        int code;
        try (Console console = Console.system()) {
            code = GoconCommand.execute(console, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
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
}
