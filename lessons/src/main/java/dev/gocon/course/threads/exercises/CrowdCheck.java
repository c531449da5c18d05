package dev.gocon.course.threads.exercises;

import dev.gocon.course.exercise.Check;

/** Checks {@code Crowd.park(n)}: n goroutines parked at once (10,000 natively), and none left behind. */
public final class CrowdCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        int n = context.schedule().equals("native") ? 10_000 : 200;
        Object seen = learner.getMethod("park", int.class).invoke(null, n);
        if (!(seen instanceof Integer count) || count < n + 1) {
            throw new AssertionError("park(" + n + ") saw " + seen + " goroutines at once; expected at least "
                    + (n + 1) + " (the parked ones and main)");
        }
    }

    @Override
    public int steppedSeeds() {
        return 3;
    }
}
