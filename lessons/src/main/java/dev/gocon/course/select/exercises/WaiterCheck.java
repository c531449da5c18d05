package dev.gocon.course.select.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;

/** Checks {@code Waiter.order}: a slow kitchen gives soup after 100 ms, a ready one gives its dish. */
public final class WaiterCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        var order = learner.getMethod("order", Channel.class);

        Channel<String> slow = Channel.make("kitchen", 1);
        Go.go("grill", () -> {
            Go.sleep(Duration.ofMillis(500));
            slow.send("stew");
        });
        Instant start = Go.now();
        Object got = order.invoke(null, slow);
        long waited = Duration.between(start, Go.now()).toMillis();
        if (!"soup".equals(got)) {
            throw new AssertionError("with a kitchen that takes 500 ms, order returned " + got
                    + " after " + waited + " ms; expected soup after 100 ms");
        }
        // Durations are judged on virtual time only: on the real clock a loaded machine makes any
        // limit flaky (issue 16).
        if (context.virtualTime() && waited > 400) {
            throw new AssertionError("order returned soup, but only after " + waited + " ms; expected about 100 ms");
        }
        slow.receive(); // wait for the grill, so that no goroutine is left behind

        Channel<String> ready = Channel.make("kitchen", 1);
        ready.send("steak");
        got = order.invoke(null, ready);
        if (!"steak".equals(got)) {
            throw new AssertionError("with a steak ready, order returned " + got + "; expected steak");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
