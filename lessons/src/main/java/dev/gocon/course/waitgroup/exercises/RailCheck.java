package dev.gocon.course.waitgroup.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;

/** Checks {@code Rail.plateAll(4)}: await returns only after all four cooks have plated. */
public final class RailCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object plated = learner.getMethod("plateAll", int.class).invoke(null, 4);
        if (!Integer.valueOf(4).equals(plated)) {
            throw new AssertionError("plateAll(4) returned " + plated + " of 4 plated: await returned too early");
        }
        // A goroutine that has called done() (or closed its channel) may still be on its way out when
        // the learner's method returns; give it a moment so that it is not reported as a leak.
        Go.sleep(Duration.ofMillis(20));
    }

    @Override
    public int steppedSeeds() {
        return 50;
    }
}
