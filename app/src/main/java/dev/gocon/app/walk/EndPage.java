package dev.gocon.app.walk;

import dev.gocon.app.exercise.Progress;
import dev.gocon.course.Lesson;
import dev.gocon.course.exercise.Exercises;
import java.util.List;
import java.util.Optional;

/**
 * The last page of a lesson's walk, in Markdown: the lesson's exercises with what is done, what
 * {@code gocon next} will do from here, and the lesson that comes after.
 */
public final class EndPage {

    private EndPage() {
    }

    /**
     * @param after the lesson after this one in the course, if any
     */
    public static String markdown(Lesson lesson, Optional<Lesson> after, Exercises exercises, Progress progress) {
        StringBuilder page = new StringBuilder("You have reached the end of **" + lesson.title() + "**.\n\n");
        List<Exercises.Entry> mine = exercises.of(lesson.id());
        if (mine.isEmpty()) {
            page.append("This lesson has no exercises yet.\n\n");
        } else {
            long done = mine.stream().filter(e -> progress.entry(e.id()).done()).count();
            page.append("**Exercises** (").append(done).append(" of ").append(mine.size()).append(" done):\n\n");
            for (Exercises.Entry entry : mine) {
                // A backslash at the end of a line is a Markdown hard break: one exercise a line.
                page.append(progress.entry(entry.id()).done() ? "✓ " : "○ ").append('`')
                        .append(entry.id()).append("`: ").append(entry.exercise().title()).append(" (")
                        .append(entry.exercise().kind()).append(")").append(entry == mine.getLast() ? "\n" : "\\\n");
            }
            page.append('\n').append(next(mine, exercises, progress)).append("\n\n");
        }
        after.ifPresent(next -> page.append("The next lesson: `gocon lesson ").append(next.id()).append("` (")
                .append(next.title()).append(").\n\n"));
        page.append("q leaves the lesson; `gocon lesson ").append(lesson.id())
                .append(" --text` prints it whole.");
        return page.toString();
    }

    /** What {@code gocon next} does now, as {@code Coach.next} decides it. */
    private static String next(List<Exercises.Entry> mine, Exercises exercises, Progress progress) {
        Optional<Exercises.Entry> current = progress.currentExercise().flatMap(exercises::find)
                .or(() -> exercises.all().stream().filter(e -> !progress.entry(e.id()).done()).findFirst());
        Optional<Exercises.Entry> firstHere = mine.stream().filter(e -> !progress.entry(e.id()).done()).findFirst();
        if (current.isEmpty()) {
            return "Every exercise of the course is done.";
        }
        String where = current.get().id();
        String what;
        if (progress.entry(where).done()) {
            what = exercises.after(where).map(e -> "`gocon next` moves on to `" + e.id() + "`.")
                    .orElse("`" + where + "` is the last exercise of the course.");
        } else {
            what = "You are on `" + where + "`: `gocon check`, `answer` or `play` it, and `gocon next` moves on"
                    + " once it is done.";
        }
        if (firstHere.isPresent() && !firstHere.get().id().equals(where)) {
            what += " To start this lesson's exercises: `gocon jump " + firstHere.get().id() + "`.";
        }
        return what;
    }
}
