package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import picocli.CommandLine.Command;

/** {@code gocon skip}: on to the next exercise, leaving the current one undone. */
@Command(name = "skip", mixinStandardHelpOptions = true,
        description = "Move on to the next exercise, leaving this one for later.")
public final class SkipCommand extends CoachCommand {

    @Override
    public Integer call() {
        print(coach().show(coach().skip(), Coach.DEFAULT_WORKSPACE));
        return ExitCode.OK;
    }
}
