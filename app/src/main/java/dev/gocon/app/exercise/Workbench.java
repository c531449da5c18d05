package dev.gocon.app.exercise;

import dev.gocon.course.catalog.ExerciseCatalog;
import dev.gocon.course.exercise.Exercises;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Everything the exercise commands and the REPL share: the exercises, the state folder (progress and
 * history), and how long a check may run.
 *
 * <p>Commands find the workbench with {@link #current()}: the one bound by a test or by the REPL
 * (with {@link #callWith}), or else the process's own: the course's exercises and the
 * {@link StateDirectory}. Binding a scoped value instead of setting a global lets tests run side by
 * side, each with its own folder and exercises.
 */
public final class Workbench {

    private static final ScopedValue<Workbench> CURRENT = ScopedValue.newInstance();

    /** How long a check may run by default. */
    public static final Duration CHECK_LIMIT = Duration.ofSeconds(10);

    private final Path stateDirectory;
    private final Exercises exercises;
    private final Duration checkLimit;

    public Workbench(Path stateDirectory, Exercises exercises, Duration checkLimit) {
        this.stateDirectory = stateDirectory;
        this.exercises = exercises;
        this.checkLimit = checkLimit;
    }

    /** The course's exercises, with state kept in {@code stateDirectory}. */
    public Workbench(Path stateDirectory) {
        this(stateDirectory, ExerciseCatalog.exercises(), CHECK_LIMIT);
    }

    /** Done and total exercises, as {@code gocon list} and the status line print them: {@code 2/3}. */
    public record Count(int done, int total) {
        @Override
        public String toString() {
            return done + "/" + total;
        }
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

    /** The folder for gocon's state: progress and history. */
    public Path stateDirectory() {
        return stateDirectory;
    }

    /** The REPL's history file. */
    public Path historyFile() {
        return stateDirectory.resolve("history");
    }

    /** Every exercise of the course. */
    public Exercises exercises() {
        return exercises;
    }

    /** How long a check may run before it is explained and stopped. */
    public Duration checkLimit() {
        return checkLimit;
    }

    /** The progress file, reporting a file it had to set aside to {@code warnings}. */
    public ProgressStore progress(Consumer<String> warnings) {
        return new ProgressStore(stateDirectory, warnings);
    }

    /** The lesson the learner is on, if any. */
    public Optional<String> currentLesson() {
        return progress(w -> { }).read().currentLesson();
    }

    /** Done/total per lesson that has exercises, in course order: what {@code gocon list} shows. */
    public Map<String, Count> progressByLesson() {
        return progressByLesson(progress(w -> { }).read());
    }

    private Map<String, Count> progressByLesson(Progress progress) {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (String lesson : exercises.lessonIds()) {
            List<Exercises.Entry> entries = exercises.of(lesson);
            int done = (int) entries.stream().filter(e -> progress.entry(e.id()).done()).count();
            counts.put(lesson, new Count(done, entries.size()));
        }
        return counts;
    }

    /**
     * One line for the REPL's status: the current lesson and exercise and the progress, as
     * {@code channels/unbuffered · channels 2/3, course 14/40}; empty when the course has no exercises.
     */
    public String status() {
        if (exercises.all().isEmpty()) {
            return "";
        }
        Progress progress;
        try {
            progress = progress(w -> { }).read();
        } catch (RuntimeException e) {
            return "";
        }
        Map<String, Count> counts = progressByLesson(progress);
        int done = counts.values().stream().mapToInt(Count::done).sum();
        String course = "course " + done + "/" + exercises.all().size();
        Optional<String> lesson = progress.currentExercise().flatMap(exercises::find)
                .map(Exercises.Entry::lessonId).or(progress::currentLesson);
        if (lesson.isEmpty() || !counts.containsKey(lesson.get())) {
            return course;
        }
        String here = progress.currentExercise().map(id -> id + " · ").orElse("");
        return here + lesson.get() + " " + counts.get(lesson.get()) + ", " + course;
    }
}
