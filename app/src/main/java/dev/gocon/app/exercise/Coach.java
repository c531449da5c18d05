package dev.gocon.app.exercise;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.term.AsTyped;
import dev.gocon.course.exercise.Exercise;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.WriteCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                    "unknown exercise '" + id.get() + "'; '" + AsTyped.command("exercises") + "' lists them"));
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
                lines.add(predict.choices().isEmpty() ? "Answer with: " + AsTyped.command("answer <what it prints>")
                        : predict.check() instanceof Predict.Check.PossibleOutcomes
                                ? "Answer with every possible one: " + AsTyped.command("answer <letters>")
                                : "Answer with: " + AsTyped.command("answer <letter>"));
            }
            case PlayScheduler play -> {
                lines.add("Goal: " + play.task());
                lines.add("Play it with: " + AsTyped.command("play"));
            }
            case WriteCode write -> {
                lines.add("Edit " + workspaceFile(workspace, entry) + ", then run '"
                        + AsTyped.command("check " + entry.id()) + "' (or '" + AsTyped.command("watch") + "').");
                if (!Files.exists(workspaceFile(workspace, entry))) {
                    lines.add("Create the file first with '" + AsTyped.command("exercises init") + "'.");
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
            lines.add("That was the last hint. '" + AsTyped.command("solution --give-up")
                    + "' shows the solution (and records it).");
        }
        return lines;
    }

    /** The solution, if the exercise is done or {@code giveUp} (recorded); refused otherwise. */
    public List<String> solution(Exercises.Entry entry, boolean giveUp) {
        Progress.Entry record = store.read().entry(entry.id());
        if (!record.done() && !record.gaveUp()) {
            if (!giveUp) {
                throw GoconException.failure("the solution of " + entry.id() + " is shown after a pass; "
                        + "'" + AsTyped.command("hint") + "' helps, '" + AsTyped.command("solution --give-up")
                        + "' shows it anyway (and records that)");
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
        lines.add("Done: " + entry.id() + ". '" + AsTyped.command("solution") + "' shows the reference solution; '"
                + AsTyped.command("next") + "' moves on.");
        return lines;
    }

    /**
     * Moves to the exercise after the current one, if the current one is done. On a fresh start (no
     * exercise current yet) the first one not done is where the learner goes: they have not seen it.
     */
    public Exercises.Entry next() {
        Exercises.Entry current = resolve(Optional.empty());
        if (store.read().currentExercise().isEmpty()) {
            jump(current);
            return current;
        }
        if (!store.read().entry(current.id()).done()) {
            throw GoconException.failure(current.id() + " is not done yet: '" + AsTyped.command("check")
                    + "' it, or '" + AsTyped.command("skip") + "' it");
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
                        + " is the last exercise of the course: well done. '" + AsTyped.command("exercises") + "' shows what is left."));
        jump(next);
        return next;
    }

    /**
     * The learner's file that a reset would replace: present only for a write-the-code exercise whose
     * file exists and differs from its starter (so that there is work to lose).
     */
    public Optional<Path> fileReplacedByReset(Exercises.Entry entry, Path workspace) {
        if (!(entry.exercise() instanceof WriteCode write)) {
            return Optional.empty();
        }
        Path file = workspaceFile(workspace, entry);
        try {
            return Files.isRegularFile(file) && !Files.readString(file).equals(write.starter())
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(file);
        }
    }

    /** Where a reset keeps the copy of the learner's file: {@code Tally.java.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Forgets the exercise's progress and, for a write-the-code exercise, puts the starter back,
     * keeping the learner's file as {@link #backupOf its backup} first.
     */
    public List<String> reset(Exercises.Entry entry, Path workspace) {
        List<String> lines = new ArrayList<>();
        if (entry.exercise() instanceof WriteCode write && Files.isDirectory(workspace)) {
            Path file = workspaceFile(workspace, entry);
            try {
                Files.createDirectories(file.getParent());
                if (Files.exists(file)) {
                    Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
                    lines.add("Kept your file as " + backupOf(file) + ".");
                }
                Files.writeString(file, write.starter());
            } catch (IOException e) {
                throw GoconException.failure("cannot reset " + file + ": " + Reasons.of(e));
            }
            lines.add("Put the starter back in " + file + ".");
        }
        store.update(p -> p.without(entry.id()));
        lines.addFirst("Reset " + entry.id() + ": no hints used, not done.");
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
                "Edit a file, then '" + AsTyped.command("check <id>") + "' (or '" + AsTyped.command("watch <id>")
                        + "') checks it.");
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
