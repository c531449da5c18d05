package dev.gocon.course.waitgroup.exercises;

import dev.gocon.course.exercise.Check;

/** Checks {@code TallyBoard.plateAll(4)}: await returns only after all four dishes have plated. */
public final class TallyBoardCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object plated = learner.getMethod("plateAll", int.class).invoke(null, 4);
        if (!Integer.valueOf(4).equals(plated)) {
            throw new AssertionError("plateAll(4) returned " + plated + " of 4 plated: await returned too early");
        }
        long started = context.events().goroutinesStarted();
        if (started < 4) {
            throw new AssertionError("plateAll(4) started " + started + " goroutines; each dish should be"
                    + " its own goroutine, counted on the WaitGroup before it starts");
        }
    }

    @Override
    public int steppedSeeds() {
        return 50;
    }
}
