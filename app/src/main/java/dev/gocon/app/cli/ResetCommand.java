package dev.gocon.app.cli;

import dev.gocon.app.exercise.Coach;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon reset ID} ({@code x}): forgets an exercise's progress and puts its starter file back. */
@Command(name = "reset", aliases = "x", mixinStandardHelpOptions = true,
        description = "Start the exercise ID (default: the current one) over: progress forgotten, starter file back.")
public final class ResetCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    Path dir = Coach.DEFAULT_WORKSPACE;

    @Override
    public Integer call() {
        print(coach().reset(resolve(id), dir));
        return ExitCode.OK;
    }
}
