package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon show [ID]} ({@code s}): prints the current exercise (or the one named) again. */
@Command(name = "show", aliases = "s", mixinStandardHelpOptions = true,
        description = "Show the current exercise (or ID) again: what it asks and how to answer.")
public final class ShowCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    Path dir = Coach.DEFAULT_WORKSPACE;

    @Override
    public Integer call() {
        print(coach().show(resolve(id), dir));
        return ExitCode.OK;
    }
}
