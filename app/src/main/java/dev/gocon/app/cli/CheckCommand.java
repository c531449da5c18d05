package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import dev.gocon.course.exercise.Exercises;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon check [ID]} ({@code c}): checks the current exercise, or the one named. */
@Command(name = "check", aliases = "c", mixinStandardHelpOptions = true,
        description = "Check your answer to the current exercise (or ID): compile and run your file.")
public final class CheckCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    Path dir = Coach.DEFAULT_WORKSPACE;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run the check under this seed (0 or more) of the stepped scheduler only, to replay a failure.")
    Long seed;

    @Option(names = "--race", description = "Check with the race detector on: a data race fails the check.")
    boolean race;

    @Override
    public Integer call() {
        Seeds.requireValid(seed);
        Exercises.Entry entry = resolve(id);
        coach().jump(entry);
        return checkOnce(entry, dir, seed, race) ? ExitCode.OK : ExitCode.FAILURE;
    }

}
