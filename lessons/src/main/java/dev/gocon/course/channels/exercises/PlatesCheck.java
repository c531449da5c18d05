package dev.gocon.course.channels.exercises;

import dev.gocon.course.exercise.Check;
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
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
