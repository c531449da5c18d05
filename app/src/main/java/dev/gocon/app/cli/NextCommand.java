package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import picocli.CommandLine.Command;

/** {@code gocon next} ({@code n}): on to the next exercise, once the current one is done. */
@Command(name = "next", aliases = "n", mixinStandardHelpOptions = true,
        description = "Move on to the next exercise, once the current one is done.")
public final class NextCommand extends CoachCommand {

    @Override
    public Integer call() {
        print(coach().show(coach().next(), Coach.DEFAULT_WORKSPACE));
        return ExitCode.OK;
    }
}
