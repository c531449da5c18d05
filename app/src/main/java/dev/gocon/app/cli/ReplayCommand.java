package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.record.CastFile;
import dev.gocon.app.record.CastPlayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gocon replay FILE.cast}: plays an asciicast v2 recording back in the terminal, with its timing. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Play a recording (asciicast v2, as 'gocon present --record' writes) in the terminal.")
public final class ReplayCommand implements Callable<Integer> {

    /** What a terminal needs after a replay cut short inside a full-screen recording. */
    private static final String RESET_SCREEN = "\033[0m\033[?25h\033[?1049l";

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.cast", description = "The recording to play.")
    private Path file;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Play X times faster (0.5 is half speed); 0 prints everything at once. Default: ${DEFAULT-VALUE}.")
    private double speed;

    @Option(names = "--max-wait", paramLabel = "S", defaultValue = "2",
            description = "Cut pauses longer than S seconds down to S; 0 keeps them all. Default: ${DEFAULT-VALUE}.")
    private double maxWait;

    @Override
    public Integer call() throws IOException {
        if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
            throw GoconException.usage("--speed must be 0 or more, not " + speed);
        }
        CastFile cast;
        try {
            cast = CastFile.read(file);
        } catch (CastFile.FormatException e) {
            throw GoconException.failure(file + " is not an asciicast v2 recording: " + e.getMessage());
        } catch (IOException e) {
            throw GoconException.failure("cannot read " + file + ": " + Reasons.of(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = root.console().isTerminal();
        Thread reset = new Thread(() -> {
            out.print(RESET_SCREEN);
            out.flush();
        });
        if (terminal) {
            Runtime.getRuntime().addShutdownHook(reset);
        }
        try {
            CastPlayer.realTime(speed, maxWait).play(cast, out);
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERRUPTED;
        } finally {
            if (terminal) {
                Runtime.getRuntime().removeShutdownHook(reset);
            }
        }
    }
}
