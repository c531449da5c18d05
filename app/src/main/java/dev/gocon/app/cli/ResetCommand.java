package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.Coach;
import dev.gocon.app.term.AsTyped;
import dev.gocon.course.exercise.Exercises;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gocon reset ID} ({@code x}): forgets an exercise's progress and puts its starter file back.
 * The learner's file is always kept as {@code Tally.java.bak}; on a terminal the reset asks first,
 * and piped it needs {@code --force}, because {@code x} is one key away from {@code c}.
 */
@Command(name = "reset", aliases = "x", mixinStandardHelpOptions = true,
        description = "Start the exercise ID (default: the current one) over: progress forgotten, starter file back "
                + "(your file is kept as .bak).")
public final class ResetCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    Path dir = Coach.DEFAULT_WORKSPACE;

    @Option(names = {"-f", "--force"}, description = "Replace your file without asking (it is still kept as .bak).")
    boolean force;

    @Override
    public Integer call() {
        Exercises.Entry entry = resolve(id);
        Optional<Path> yours = coach().fileReplacedByReset(entry, dir);
        if (yours.isPresent() && !force) {
            String question = "replace your file with the starter? (a copy is kept as "
                    + Coach.backupOf(yours.get()).getFileName() + ")";
            if (!root.console().isTerminal()) {
                throw GoconException.usage("reset would replace " + yours.get() + " with the starter; not on a "
                        + "terminal, that needs '" + AsTyped.command("reset --force") + "' (a copy is kept as .bak)");
            }
            if (!confirm(question)) {
                out().println("Nothing changed.");
                out().flush();
                return ExitCode.OK;
            }
        }
        print(coach().reset(entry, dir));
        return ExitCode.OK;
    }
}
