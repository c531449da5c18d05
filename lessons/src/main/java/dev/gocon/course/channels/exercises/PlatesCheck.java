package dev.gocon.course.channels.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.course.exercise.RunEvents;
import java.util.List;

/**
 * Checks {@code Plates.serve()}: every dish served, in order, and the range over with the kitchen
 * closed; and each dish really went over a channel from the kitchen goroutine to another one, so
 * that returning the three names directly does not pass.
 */
public final class PlatesCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object served = learner.getMethod("serve").invoke(null);
        List<String> want = List.of("soup", "steak", "cake");
        if (!want.equals(served)) {
            throw new AssertionError("serve() returned " + served + ", expected " + want);
        }
        RunEvents events = context.events();
        for (String dish : want) {
            if (events.channelsCarrying("\"" + dish + "\"").isEmpty()) {
                throw new AssertionError("serve() returned the right dishes, but " + dish
                        + " never went over a channel from one goroutine to another: send each dish"
                        + " on plates from the kitchen goroutine and receive it in serve()");
            }
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
