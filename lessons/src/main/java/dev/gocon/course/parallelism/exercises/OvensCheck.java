package dev.gocon.course.parallelism.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks {@code Ovens.bakeAll(4)}: four cakes baked, in one oven time rather than four.
 *
 * <p>The overlap is judged only under the stepped scheduler, where {@link Go#now()} is virtual time:
 * four bakes at once take exactly 100 virtual ms, one after the other 400, whatever the machine's load.
 * The native attempt checks the count only, since a real clock on a busy machine proves nothing.
 */
public final class OvensCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Instant start = Go.now();
        Object baked = learner.getMethod("bakeAll", int.class).invoke(null, 4);
        long virtualMillis = Duration.between(start, Go.now()).toMillis();
        if (!Integer.valueOf(4).equals(baked)) {
            throw new AssertionError("bakeAll(4) returned " + baked + " cakes baked, expected 4");
        }
        long started = context.events().goroutinesStarted();
        if (started < 4) {
            throw new AssertionError("bakeAll(4) started " + started + " goroutines; each cake should bake"
                    + " in its own goroutine (Go.go), so that the four ovens overlap");
        }
        if (context.virtualTime() && virtualMillis > 100) {
            throw new AssertionError("bakeAll(4) took " + virtualMillis + " ms of virtual time; four ovens at once take about 100 ms, "
                    + "one after the other 400 ms");
        }
    }

    @Override
    public int steppedSeeds() {
        return 10;
    }
}
