package dev.gocon.course.exercise;

import dev.gocon.trace.TraceEvent;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The assertions of a {@link WriteCode} exercise, run in a child JVM against the learner's class.
 *
 * <p>An implementation has a public no-argument constructor. It fails by throwing: an
 * {@link AssertionError}'s message is shown to the learner as the verdict, so it should say what was
 * expected and what happened, in one line.
 */
public interface Check {

    /**
     * Judges the learner's class.
     *
     * @param learner the class compiled from the learner's file
     * @param context where the learner's program may print, and which schedule this attempt runs under
     */
    void verify(Class<?> learner, Context context) throws Exception;

    /**
     * How many seeds of the stepped scheduler the check runs under, after one run under the native
     * scheduler. Zero (the default) means the check is plain Java: it runs once, on the JVM's own
     * threads. A positive number means the learner's code uses the runtime ({@code dev.gocon.go}):
     * each attempt is a {@code Go.run}, so a deadlock is reported as Go reports it, goroutines left
     * blocked fail the check as a leak, and a failure names its seed for replay.
     */
    default int steppedSeeds() {
        return 0;
    }


    /**
     * One attempt of a check.
     *
     * @param out      where output goes (captured and capped by the runner)
     * @param schedule the schedule of this attempt: {@code "native"}, or {@code "seed N"} under the
     *                 stepped scheduler
     * @param trace    the events the runtime has recorded in this attempt so far, for a check that
     *                 must see <em>how</em> the result was reached (which goroutines ran, which
     *                 channel carried the values): see {@link RunEvents}. Empty for a plain Java check.
     */
    record Context(PrintStream out, String schedule, Supplier<List<TraceEvent>> trace) {

        /** An attempt whose events are not recorded. */
        public Context(PrintStream out, String schedule) {
            this(out, schedule, List::of);
        }

        /** What the learner's code did so far in this attempt, as the runtime recorded it. */
        public RunEvents events() {
            return new RunEvents(trace.get());
        }

        /**
         * Whether this attempt runs on virtual time (the stepped scheduler), where {@code Go.now()}
         * moves only with the program's own sleeps and timers. Only then may a check judge how long
         * something took: on the real clock, a loaded machine makes any limit flaky.
         */
        public boolean virtualTime() {
            return !schedule.equals("native");
        }
    }

    /** The simplest check: the learner's {@code main(String[])} runs and returns normally. */
    final class RunsMain implements Check {

        @Override
        public void verify(Class<?> learner, Context context) throws Exception {
            try {
                learner.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
