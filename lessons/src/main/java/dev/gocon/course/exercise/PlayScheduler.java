package dev.gocon.course.exercise;

import dev.gocon.trace.TraceEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "Play the scheduler": the learner picks which goroutine steps next ({@code step g2},
 * {@code run g1}, {@code undo}, {@code reset}) until the run reaches the goal, such as "deadlock this
 * pipeline", "lose an update" or "make select take the timeout". A win is detected by the
 * {@link #goal()} predicate and explained with {@link #explanation()}.
 *
 * @param id          the id within the lesson
 * @param title       one line naming the task
 * @param program     the program whose schedule the learner chooses
 * @param task        the goal in words, as shown to the learner
 * @param goal        true once the run so far has reached the goal
 * @param explanation why the schedule that reached the goal did so, shown on a win
 * @param hints       at least one hint
 * @param solution    one schedule that wins, in words
 */
public record PlayScheduler(String id, String title, Program program, String task, Predicate<RunSoFar> goal,
                            String explanation, List<String> hints, String solution) implements Exercise {

    public PlayScheduler {
        Exercise.validate(id, title, hints, solution);
        Objects.requireNonNull(program);
        Objects.requireNonNull(task);
        Objects.requireNonNull(goal);
        Objects.requireNonNull(explanation);
        hints = List.copyOf(hints);
    }

    /**
     * A run as the goal sees it, so far.
     *
     * @param trace      every event, in order
     * @param output     what the program printed
     * @param deadlocked true if every goroutine is blocked and none can ever wake
     * @param finished   true if the main goroutine returned
     */
    public record RunSoFar(List<TraceEvent> trace, String output, boolean deadlocked, boolean finished) {

        public RunSoFar {
            trace = List.copyOf(trace);
        }
    }

    /** Ready-made goals. */
    public static final class Goals {

        private Goals() {
        }

        /** Every goroutine is blocked for good. */
        public static Predicate<RunSoFar> deadlock() {
            return RunSoFar::deadlocked;
        }

        /** The program finished and printed something the predicate accepts (a lost update: "counter = 1"). */
        public static Predicate<RunSoFar> finishedPrinting(Predicate<String> output) {
            return run -> run.finished() && output.test(run.output());
        }
    }
}
