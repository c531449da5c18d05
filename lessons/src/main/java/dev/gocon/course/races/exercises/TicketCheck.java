package dev.gocon.course.races.exercises;

import dev.gocon.course.exercise.RaceFreeCheck;

/**
 * Checks {@code Ticket.cook()} with the race detector on: it returns "cooking soup for table 4", and no
 * two accesses to a {@code Shared} variable are left unordered, under any schedule.
 */
public final class TicketCheck extends RaceFreeCheck {

    @Override
    protected void attempt(Class<?> learner, Context context) throws Exception {
        Object cooked = learner.getMethod("cook").invoke(null);
        if (!"cooking soup for table 4".equals(cooked)) {
            throw new AssertionError("cook() returned " + cooked + ", expected cooking soup for table 4");
        }
    }
}
