package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.Coach;
import dev.gocon.app.exercise.FileWatcher;
import dev.gocon.app.term.AsTyped;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.WriteCode;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon watch [ID]}: checks the exercise's file again each time it is saved, until it passes. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Check your file each time you save it, until it passes (Ctrl-C stops).")
public final class WatchCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    Path dir = Coach.DEFAULT_WORKSPACE;

    @Option(names = "--poll", description = "Look for changes a few times a second instead of waiting for file events.")
    boolean poll;

    @Override
    public Integer call() throws IOException {
        Exercises.Entry entry = resolve(id);
        if (!(entry.exercise() instanceof WriteCode)) {
            throw GoconException.failure(entry.id() + " has no file to watch; '" + AsTyped.command("check") + "' it instead");
        }
        coach().jump(entry);
        Path file = Coach.workspaceFile(dir, entry);
        boolean terminal = root.console().isTerminal();
        try (FileWatcher watcher = new FileWatcher(file, poll)) {
            while (true) {
                if (terminal) {
                    out().print("\033[H\033[2J");
                }
                if (checkOnce(entry, dir)) {
                    return ExitCode.OK;
                }
                out().println("Watching " + file + " for changes (Ctrl-C stops) ...");
                out().flush();
                watcher.awaitChange();
            }
        } catch (InterruptedException e) {
            throw new GoconException(ExitCode.INTERRUPTED, "stopped watching");
        }
    }
}
