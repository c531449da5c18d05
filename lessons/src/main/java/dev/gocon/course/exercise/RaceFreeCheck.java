package dev.gocon.course.exercise;

import dev.gocon.go.DataRace;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;

/**
 * A {@link Check} for code that must be free of data races: it runs {@link #attempt} with the race
 * detector on, once under the native scheduler and then under seeds 1 to {@link #raceSeeds()} of the
 * stepped one, and fails on the first race, deadlock, panic, leak or wrong result, naming the
 * schedule.
 *
 * <p>The race detector judges the order of the learner's {@code Shared} accesses, not the result, so a
 * race fails the check even on a schedule where the answer came out right.
 *
 * <p>The check starts its own runs, so for the harness it is a plain-Java check
 * ({@link #steppedSeeds()} zero).
 */
public abstract class RaceFreeCheck implements Check {

    /** The most steps one stepped attempt may take before it counts as never finishing. */
    private static final long STEP_LIMIT = 200_000;

    /**
     * One attempt, run as the main goroutine of a run with the race detector on; fails by throwing an
     * {@link AssertionError} that says what was expected and what happened.
     */
    protected abstract void attempt(Class<?> learner, Context context) throws Exception;

    /** How many seeds of the stepped scheduler the attempts run under, after the native one. */
    protected int raceSeeds() {
        return 20;
    }

    @Override
    public final void verify(Class<?> learner, Context context) throws Exception {
        runOnce(learner, new Context(context.out(), "native"), RunConfig.nativeScheduler());
        for (long seed = 1; seed <= raceSeeds(); seed++) {
            runOnce(learner, new Context(context.out(), "seed " + seed),
                    RunConfig.stepped(seed).withStepLimit(STEP_LIMIT));
        }
    }

    private void runOnce(Class<?> learner, Context context, RunConfig config) throws Exception {
        RunReport report = Go.run(config.withRaceDetector(), () -> attempt(learner, context));
        String under = context.virtualTime() ? "under " + context.schedule() + ": " : "";
        if (!report.races().isEmpty()) {
            throw new AssertionError(under + describe(report.races().get(0)));
        }
        switch (report.outcome()) {
            case OK -> {
                if (!report.leaked().isEmpty()) {
                    throw new AssertionError(under + "goroutines left blocked when main returned (a leak): "
                            + report.leaked().stream().map(RunReport.LeakedGoroutine::toString).toList());
                }
            }
            case PANIC -> {
                Throwable cause = report.failure().getCause();
                if (cause instanceof AssertionError failed) {
                    throw new AssertionError(under + failed.getMessage(), failed);
                }
                if (cause instanceof Exception e) {
                    throw e;
                }
                throw report.failure();
            }
            case DEADLOCK -> throw new AssertionError(under + "deadlock: all goroutines are asleep");
            case STEP_LIMIT -> throw new AssertionError(under + "still running after " + report.steps()
                    + " steps: an endless loop, or a livelock?");
            case STOPPED -> throw new AssertionError(under + "the run was stopped");
        }
    }

    /**
     * One line, worded as {@code gocon check --race} words it: which variable, which two accesses, and
     * that nothing orders them.
     */
    static String describe(DataRace race) {
        return "data race on " + race.variable() + ": " + access(race.access()) + " and " + access(race.previous())
                + " are not ordered by any synchronisation";
    }

    private static String access(DataRace.Access a) {
        return (a.write() ? "the write at " : "the read at ") + a.place() + " (goroutine " + a.goroutine()
                + (a.goroutineName().isEmpty() ? "" : " " + a.goroutineName()) + ")";
    }
}
