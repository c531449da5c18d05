package dev.gocon.course.goroutines.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks {@code HeadChef.serve()}: all three dishes, and no more waiting than the slowest dish takes.
 *
 * <p>The wait is judged only on virtual time (the stepped seeds), where it is exact: 1500 ms when the
 * head chef waits for the slowest dish, more when it sleeps a guess. The native attempt checks the count.
 */
public final class HeadChefCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Instant start = Go.now();
        Object plated = learner.getMethod("serve").invoke(null);
        long virtualMillis = Duration.between(start, Go.now()).toMillis();
        if (!Integer.valueOf(3).equals(plated)) {
            throw new AssertionError("serve() returned " + plated + " dishes plated, expected 3");
        }
        long started = context.events().goroutinesStarted();
        if (started < 3) {
            throw new AssertionError("serve() started " + started + " goroutines; each of the three dishes"
                    + " should be its own goroutine (Go.go), so that they cook at the same time");
        }
        if (context.virtualTime() && virtualMillis > 1500) {
            throw new AssertionError("serve() took " + virtualMillis + " ms of virtual time; the slowest dish needs 1500 ms, "
                    + "so the head chef waited longer than needed");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
