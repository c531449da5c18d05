package dev.gocon.course.mutex.exercises;

import dev.gocon.course.exercise.Check;

/** Checks {@code Tally.serve(3, 20)}: three waiters of twenty plates each count 60, under every schedule. */
public final class TallyCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object served = learner.getMethod("serve", int.class, int.class).invoke(null, 3, 20);
        if (!Integer.valueOf(60).equals(served)) {
            throw new AssertionError("serve(3, 20) returned " + served + ", expected 60: updates were lost");
        }
        long locked = context.events().goroutinesThatLocked();
        if (locked < 3) {
            throw new AssertionError("serve(3, 20) returned 60, but " + locked + " of the 3 waiter goroutines"
                    + " locked a Mutex; each waiter should lock it around its read and write of served");
        }
    }

    @Override
    public int steppedSeeds() {
        return 30;
    }
}
