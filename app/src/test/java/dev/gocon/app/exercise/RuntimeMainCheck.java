package dev.gocon.app.exercise;

import dev.gocon.course.exercise.Check;

/** A check of code that uses the runtime: the learner's main, natively and under 30 seeds. */
public final class RuntimeMainCheck implements Check {

    private final Check main = new Check.RunsMain();

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        main.verify(learner, context);
    }

    @Override
    public int steppedSeeds() {
        return 30;
    }
}
