package dev.gocon.course.exercise;

import java.util.List;

/**
 * One exercise of a lesson: the learner predicts, plays the scheduler, or writes the code, and is
 * checked.
 *
 * <p>The set of kinds is closed, so that the runner and the REPL switch over it exhaustively:
 * <ul>
 *   <li>{@link Predict}: "what does this print?", answered with a choice or free text;</li>
 *   <li>{@link PlayScheduler}: the learner picks which goroutine steps next, towards a goal;</li>
 *   <li>{@link WriteCode}: the learner completes a starter file, which is compiled and checked.</li>
 * </ul>
 *
 * <p>Every exercise has an id unique within its lesson (kebab-case, used as {@code lesson/id} on the
 * command line), a title, at least one hint, and the text of its solution, shown after a pass or
 * after giving up.
 */
public sealed interface Exercise permits Predict, PlayScheduler, WriteCode {

    /** The id within the lesson: {@code unbuffered-send}. */
    String id();

    /** One line naming the task. */
    String title();

    /** The hints, shown one at a time, the gentlest first. Never empty. */
    List<String> hints();

    /** The reference solution, as text for the learner (an answer and why, or code). */
    String solution();

    /** A word for the kind, as the exercise list shows it: {@code predict}, {@code play}, {@code write}. */
    default String kind() {
        return switch (this) {
            case Predict p -> "predict";
            case PlayScheduler p -> "play";
            case WriteCode w -> "write";
        };
    }

    /** Checks what every kind must have; the records call it from their constructors. */
    static void validate(String id, String title, List<String> hints, String solution) {
        if (id == null || !isKebabCase(id)) {
            throw new IllegalArgumentException("an exercise id is kebab-case: " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(id + ": no title");
        }
        if (hints == null || hints.isEmpty() || hints.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(id + ": every exercise needs at least one hint");
        }
        if (solution == null || solution.isBlank()) {
            throw new IllegalArgumentException(id + ": no solution text");
        }
    }

    /*
     * Words of lower-case letters and digits joined by single hyphens, as [a-z0-9]+(-[a-z0-9]+)* would
     * match; checked by hand, as a regular expression would be compiled anew for each of the course's
     * exercises at every start of gocon.
     */
    private static boolean isKebabCase(String id) {
        return !id.isEmpty() && !id.startsWith("-") && !id.endsWith("-") && !id.contains("--")
                && id.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
    }
}
