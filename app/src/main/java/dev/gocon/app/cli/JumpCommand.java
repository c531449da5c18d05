package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import dev.gocon.course.exercise.Exercises;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gocon jump ID}: makes any exercise the current one. */
@Command(name = "jump", mixinStandardHelpOptions = true, description = "Go to the exercise ID.")
public final class JumpCommand extends CoachCommand {

    @Parameters(paramLabel = "ID", completionCandidates = ExerciseIds.class, description = "The exercise, as lesson/id.")
    String id;

    @Override
    public Integer call() {
        Exercises.Entry entry = resolve(id);
        coach().jump(entry);
        print(coach().show(entry, Coach.DEFAULT_WORKSPACE));
        return ExitCode.OK;
    }
}
