package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gocon hint [ID]} ({@code h}): the next hint; every hint once the exercise is done. */
@Command(name = "hint", aliases = "h", mixinStandardHelpOptions = true,
        description = "Show the next hint for the current exercise (or ID); all of them after a pass.")
public final class HintCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Override
    public Integer call() {
        print(coach().hint(resolve(id)));
        return ExitCode.OK;
    }
}
