package dev.gocon.course.pipelines.exercises;

import dev.gocon.course.exercise.Check;
import java.util.List;

/**
 * Checks {@code Squares}: the first three squares are 1, 4, 9, from two stages that are goroutines of
 * their own, and no stage is left alive (the harness reports a goroutine still alive when the run ends
 * as a leak).
 */
public final class SquaresCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object squares = learner.getMethod("firstSquares", int.class).invoke(null, 3);
        if (!List.of(1, 4, 9).equals(squares)) {
            throw new AssertionError("firstSquares(3) returned " + squares + ", expected [1, 4, 9]");
        }
        long started = context.events().goroutinesStarted();
        if (started < 2) {
            throw new AssertionError("firstSquares(3) started " + started + " goroutine"
                    + (started == 1 ? "" : "s") + ": the pipeline has two stages, the generator and"
                    + " the square stage, each a goroutine of its own");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
