package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon solution [ID] [--give-up]}: the reference solution, after a pass or on giving up. */
@Command(name = "solution", mixinStandardHelpOptions = true,
        description = "Show the reference solution: after a pass, or with --give-up (which is recorded).")
public final class SolutionCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--give-up", description = "Show it before passing; your progress records that you gave up.")
    boolean giveUp;

    @Override
    public Integer call() {
        print(coach().solution(resolve(id), giveUp));
        return ExitCode.OK;
    }
}
