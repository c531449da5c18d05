package dev.gocon.app.exercise;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Everything the exercise commands and the REPL share: where state is kept.
 *
 * <p>Commands find the workbench with {@link #current()}: the one bound by a test or by the REPL
 * (with {@link #callWith}), or else the process's own, under its {@link StateDirectory}. Binding a
 * scoped value instead of setting a global lets tests run side by side, each with its own folder.
 */
public final class Workbench {

    private static final ScopedValue<Workbench> CURRENT = ScopedValue.newInstance();

    private final Path stateDirectory;

    public Workbench(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    /** The workbench bound to this thread, or the process's own. */
    public static Workbench current() {
        return CURRENT.isBound() ? CURRENT.get() : new Workbench(StateDirectory.ofProcess());
    }

    /** The scoped value that {@link #current()} reads, for code that binds it with others. */
    public static ScopedValue<Workbench> key() {
        return CURRENT;
    }

    /** Runs {@code body} with this workbench as {@link #current()}. */
    public <T> T callWith(Callable<T> body) throws Exception {
        return ScopedValue.where(CURRENT, this).call(body::call);
    }

    /** Runs {@code body} with this workbench as {@link #current()}. */
    public void runWith(Runnable body) {
        ScopedValue.where(CURRENT, this).run(body);
    }

    /** The folder for gocon's state: progress and history. */
    public Path stateDirectory() {
        return stateDirectory;
    }

    /** The REPL's history file. */
    public Path historyFile() {
        return stateDirectory.resolve("history");
    }

    /** The lesson the learner is on, if any. */
    public Optional<String> currentLesson() {
        return Optional.empty();
    }

    /** One line for the REPL's status: the current lesson and exercise and the progress. */
    public String status() {
        return "";
    }
}
