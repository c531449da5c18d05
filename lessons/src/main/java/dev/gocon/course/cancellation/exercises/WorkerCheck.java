package dev.gocon.course.cancellation.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;

/**
 * Checks {@code Worker}: the {@code boss} sends three jobs, then cancels the context (and never closes
 * jobs); {@code work} must return 3.
 */
public final class WorkerCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        dev.gocon.go.Context.Cancelable ctx = dev.gocon.go.Context.withCancel(dev.gocon.go.Context.background());
        Channel<Integer> jobs = Channel.make("jobs");
        Go.go("boss", () -> {
            for (int j = 1; j <= 3; j++) {
                jobs.send(j);
            }
            ctx.cancel(); // no more work: stop
        });
        Object did = learner.getMethod("work", dev.gocon.go.Context.class, Channel.class).invoke(null, ctx, jobs);
        if (!Integer.valueOf(3).equals(did)) {
            throw new AssertionError("work returned " + did + ", expected 3 (three jobs, then the cancel)");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
