package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import picocli.CommandLine.Command;

/** {@code gocon exercises}: every exercise with its state; {@code exercises init} makes the workspace. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercises, with what is done and which one is current.",
        subcommands = ExercisesInitCommand.class)
public final class ExercisesCommand extends CoachCommand {

    @Override
    public Integer call() {
        print(coach().list());
        return ExitCode.OK;
    }
}
