package dev.gocon.course.goroutines.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;

/** Checks {@code HeadChef.serve()}: all three dishes, and no more waiting than the slowest cook takes. */
public final class HeadChefCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Instant start = Go.now();
        Object plated = learner.getMethod("serve").invoke(null);
        long took = Duration.between(start, Go.now()).toMillis();
        if (!Integer.valueOf(3).equals(plated)) {
            throw new AssertionError("serve() returned " + plated + " dishes plated, expected 3");
        }
        long slack = context.schedule().equals("native") ? 400 : 10;
        if (took > 1500 + slack) {
            throw new AssertionError("serve() took " + took + " ms; the slowest cook needs 1500 ms, "
                    + "so the head chef waited longer than needed");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
