package dev.gocon.course.parallelism.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;

/** Checks {@code Ovens.bakeAll(4)}: four cakes baked, in about one oven time rather than four. */
public final class OvensCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Instant start = Go.now();
        Object baked = learner.getMethod("bakeAll", int.class).invoke(null, 4);
        long took = Duration.between(start, Go.now()).toMillis();
        if (!Integer.valueOf(4).equals(baked)) {
            throw new AssertionError("bakeAll(4) returned " + baked + " cakes baked, expected 4");
        }
        long limit = context.schedule().equals("native") ? 300 : 100;
        if (took > limit) {
            throw new AssertionError("bakeAll(4) took " + took + " ms; four ovens at once take about 100 ms, "
                    + "one after the other 400 ms");
        }
    }

    @Override
    public int steppedSeeds() {
        return 10;
    }
}
