package dev.gocon.course.exercise.sample;

import dev.gocon.course.exercise.Check;

/** Checks the sample {@code Counter}: four workers of a thousand increments each make 4000. */
public final class CounterCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object total = learner.getMethod("count", int.class, int.class).invoke(null, 4, 1000);
        if (!Long.valueOf(4000).equals(total)) {
            throw new AssertionError("count(4, 1000) returned " + total + ", expected 4000");
        }
    }
}
