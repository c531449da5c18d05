package dev.gocon.course.channels.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.util.List;

/** Checks {@code Plates.serve()}: every dish served, in order, and the range over with the kitchen closed. */
public final class PlatesCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object served = learner.getMethod("serve").invoke(null);
        List<String> want = List.of("soup", "steak", "cake");
        if (!want.equals(served)) {
            throw new AssertionError("serve() returned " + served + ", expected " + want);
        }
        // A goroutine that has called done() (or closed its channel) may still be on its way out when
        // the learner's method returns; give it a moment so that it is not reported as a leak.
        Go.sleep(Duration.ofMillis(20));
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
