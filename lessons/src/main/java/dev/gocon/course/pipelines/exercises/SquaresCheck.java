package dev.gocon.course.pipelines.exercises;

import dev.gocon.course.exercise.Check;
import java.util.List;

/**
 * Checks {@code Squares}: the first three squares are 1, 4, 9, and no stage is left alive (the
 * harness reports a goroutine still alive when the run ends as a leak).
 */
public final class SquaresCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object got = learner.getMethod("firstSquares", int.class).invoke(null, 3);
        if (!List.of(1, 4, 9).equals(got)) {
            throw new AssertionError("firstSquares(3) returned " + got + ", expected [1, 4, 9]");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
