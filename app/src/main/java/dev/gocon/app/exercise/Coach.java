package dev.gocon.app.exercise;

import dev.gocon.app.cli.ExitCode;
import dev.gocon.app.cli.GoconException;
import dev.gocon.course.exercise.Exercise;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.WriteCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The loop around every exercise, as the commands use it: which exercise is current, hints one at a
 * time, the solution only after a pass or giving up, moving on, starting over, and the workspace of
 * write-the-code files. Each method returns the lines to print and records what it did in the
 * progress file.
 */
public final class Coach {

    /** The workspace folder {@code exercises init} creates when given none. */
    public static final Path DEFAULT_WORKSPACE = Path.of("gocon-exercises");

    private final Workbench workbench;
    private final ProgressStore store;

    public Coach(Workbench workbench, Consumer<String> warnings) {
        this.workbench = workbench;
        this.store = workbench.progress(warnings);
    }

    private Exercises exercises() {
        return workbench.exercises();
    }

    /**
     * The exercise named by {@code id}, or else the current one, or else the first not done.
     *
     * @throws GoconException (usage) for an unknown id, (failure) when the course has no exercises
     */
    public Exercises.Entry resolve(Optional<String> id) {
        if (id.isPresent()) {
            return exercises().find(id.get()).orElseThrow(() -> GoconException.usage(
                    "unknown exercise '" + id.get() + "'; 'gocon exercises' lists them"));
        }
        Progress progress = store.read();
        return progress.currentExercise().flatMap(exercises()::find)
                .or(() -> exercises().all().stream().filter(e -> !progress.entry(e.id()).done()).findFirst())
                .or(() -> exercises().all().stream().findFirst())
                .orElseThrow(() -> GoconException.failure("the course has no exercises yet"));
    }

    /** The exercises by lesson, each lesson with its done/total, the current exercise marked. */
    public List<String> list() {
        Progress progress = store.read();
        List<String> lines = new ArrayList<>();
        String current = progress.currentExercise().orElse("");
        workbench.progressByLesson().forEach((lesson, count) -> {
            lines.add(lesson + " " + count);
            for (Exercises.Entry entry : exercises().of(lesson)) {
                Progress.Entry record = progress.entry(entry.id());
                String state = record.done() ? "done" : record.gaveUp() ? "gave up" : "";
                lines.add(String.format("%s %-28s %-8s %-7s %s", entry.id().equals(current) ? ">" : " ",
                        entry.id(), entry.exercise().kind(), state, entry.exercise().title()).stripTrailing());
            }
        });
        if (lines.isEmpty()) {
            lines.add("The course has no exercises yet.");
        }
        return lines;
    }

    /** What the exercise asks, and how to answer it. */
    public List<String> show(Exercises.Entry entry, Path workspace) {
        List<String> lines = new ArrayList<>();
        lines.add(entry.id() + ": " + entry.exercise().title());
        switch (entry.exercise()) {
            case Predict predict -> {
                lines.add("");
                predict.program().source().lines().forEach(l -> lines.add("    " + l));
                lines.add("");
                lines.add(predict.question());
                predict.choices().forEach(c -> lines.add("  " + c.key() + ") " + c.output().replace("\n", " / ")));
                lines.add(predict.choices().isEmpty() ? "Answer with: gocon answer <what it prints>"
                        : predict.check() instanceof Predict.Check.PossibleOutcomes
                                ? "Answer with every possible one: gocon answer <letters>"
                                : "Answer with: gocon answer <letter>");
            }
            case PlayScheduler play -> {
                lines.add("Goal: " + play.task());
                lines.add("Play it with: gocon play");
            }
            case WriteCode write -> {
                lines.add("Edit " + workspaceFile(workspace, entry) + ", then run 'gocon check " + entry.id()
                        + "' (or 'gocon watch').");
                if (!Files.exists(workspaceFile(workspace, entry))) {
                    lines.add("Create the file first with 'gocon exercises init'.");
                }
            }
        }
        return lines;
    }

    /** Makes this exercise the current one. */
    public void jump(Exercises.Entry entry) {
        store.update(p -> p.at(entry.lessonId(), entry.id()));
    }

    /** The next hint (recorded), or every hint once the exercise is done. */
    public List<String> hint(Exercises.Entry entry) {
        List<String> hints = entry.exercise().hints();
        Progress after = store.update(p -> {
            Progress.Entry e = p.entry(entry.id());
            if (e.done() || e.hintsUsed() >= hints.size()) {
                return p;
            }
            return p.with(entry.id(), x -> new Progress.Entry(x.done(), x.hintsUsed() + 1, x.gaveUp()));
        });
        Progress.Entry record = after.entry(entry.id());
        List<String> lines = new ArrayList<>();
        int shown = record.done() ? hints.size() : record.hintsUsed();
        for (int i = 0; i < shown; i++) {
            lines.add("Hint " + (i + 1) + "/" + hints.size() + ": " + hints.get(i));
        }
        if (!record.done() && shown == hints.size()) {
            lines.add("That was the last hint. 'gocon solution --give-up' shows the solution (and records it).");
        }
        return lines;
    }

    /** The solution, if the exercise is done or {@code giveUp} (recorded); refused otherwise. */
    public List<String> solution(Exercises.Entry entry, boolean giveUp) {
        Progress.Entry record = store.read().entry(entry.id());
        if (!record.done() && !record.gaveUp()) {
            if (!giveUp) {
                throw GoconException.failure("the solution of " + entry.id() + " is shown after a pass; "
                        + "'gocon hint' helps, 'gocon solution --give-up' shows it anyway (and records that)");
            }
            store.update(p -> p.with(entry.id(), x -> new Progress.Entry(x.done(), x.hintsUsed(), true)));
        }
        return entry.exercise().solution().lines().toList();
    }

    /** Records a pass; returns the lines to show after it: every hint, and what comes next. */
    public List<String> passed(Exercises.Entry entry) {
        store.update(p -> p.with(entry.id(), x -> new Progress.Entry(true, x.hintsUsed(), x.gaveUp()))
                .at(entry.lessonId(), entry.id()));
        List<String> lines = new ArrayList<>();
        lines.add("Done: " + entry.id() + ". 'gocon solution' shows the reference solution; 'gocon next' moves on.");
        return lines;
    }

    /** Moves to the exercise after the current one, if the current one is done. */
    public Exercises.Entry next() {
        Exercises.Entry current = resolve(Optional.empty());
        if (!store.read().entry(current.id()).done()) {
            throw GoconException.failure(current.id() + " is not done yet: 'gocon check' it, or 'gocon skip' it");
        }
        return moveAfter(current);
    }

    /** Moves to the exercise after the current one, done or not. */
    public Exercises.Entry skip() {
        return moveAfter(resolve(Optional.empty()));
    }

    private Exercises.Entry moveAfter(Exercises.Entry current) {
        Exercises.Entry next = exercises().after(current.id())
                .orElseThrow(() -> new GoconException(ExitCode.FAILURE, current.id()
                        + " is the last exercise of the course: well done. 'gocon exercises' shows what is left."));
        jump(next);
        return next;
    }

    /** Forgets the exercise's progress and, for a write-the-code exercise, puts the starter back. */
    public List<String> reset(Exercises.Entry entry, Path workspace) {
        store.update(p -> p.without(entry.id()));
        List<String> lines = new ArrayList<>();
        lines.add("Reset " + entry.id() + ": no hints used, not done.");
        if (entry.exercise() instanceof WriteCode write && Files.isDirectory(workspace)) {
            Path file = workspaceFile(workspace, entry);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, write.starter());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.add("Put the starter back in " + file + ".");
        }
        return lines;
    }

    /** Copies every write-the-code starter into the workspace, leaving files that exist alone. */
    public List<String> init(Path workspace) {
        List<String> lines = new ArrayList<>();
        int created = 0;
        for (Exercises.Entry entry : exercises().all()) {
            if (!(entry.exercise() instanceof WriteCode write)) {
                continue;
            }
            Path file = workspaceFile(workspace, entry);
            try {
                Files.createDirectories(file.getParent());
                if (Files.exists(file)) {
                    lines.add("kept    " + file + " (yours already)");
                    continue;
                }
                Files.writeString(file, write.starter());
                created++;
                lines.add("created " + file);
            } catch (IOException e) {
                throw GoconException.failure("cannot write " + file + ": " + e.getMessage());
            }
        }
        lines.add(created == 0 && lines.isEmpty() ? "No write-the-code exercises yet." :
                "Edit a file, then 'gocon check <id>' (or 'gocon watch <id>') checks it.");
        return lines;
    }

    /** Where the learner's file of this exercise lives: {@code <workspace>/<lesson>/<File>.java}. */
    public static Path workspaceFile(Path workspace, Exercises.Entry entry) {
        if (entry.exercise() instanceof WriteCode write) {
            return workspace.resolve(entry.lessonId()).resolve(write.fileName());
        }
        throw new IllegalArgumentException(entry.id() + " has no file");
    }
}
