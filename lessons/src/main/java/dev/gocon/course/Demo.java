package dev.gocon.course;

import dev.gocon.trace.TimeScale;
import java.time.Duration;
import java.util.List;

/**
 * A runnable program that proves a lesson's idea while the learner watches its trace.
 *
 * <p>The runner calls {@link #run} as the body of the main goroutine of a fresh run
 * ({@code Go.run}), under the native or the stepped scheduler. A demo prints only through
 * {@link DemoContext#out()}, names its goroutines after their roles ({@code chef-1}, {@code waiter}),
 * finishes in under ten seconds at normal pace, and, under a given seed, prints the same bytes every
 * time.
 */
public interface Demo {

    /** A short id, unique within its lesson: {@code four-dishes}. Used by {@code --demo NAME}. */
    String name();

    /** One line saying what the demo shows. */
    String summary();

    /** The seed the lesson's author rehearsed: what a class sees by default in presenter mode. */
    default long rehearsedSeed() {
        return 1;
    }

    /**
     * How long the demo's story should take to watch in the live trace on a terminal, typically 5 to
     * 20 seconds; zero (the default) plays it as fast as it runs. The runner stretches the run's time
     * to this ({@code --pace} multiplies from there); the program and its trace still see the
     * durations the program asked for. Piped output and tests are never stretched.
     */
    default Duration watchTime() {
        return Duration.ZERO;
    }

    /** The unit the demo's story counts time in, for the timeline's axis: plain durations by default. */
    default TimeScale timeScale() {
        return TimeScale.REAL;
    }

    /** The demo's own options ({@code --tasks}, {@code --port}); empty for most demos. */
    default List<DemoOption> options() {
        return List.of();
    }

    /**
     * Checks the values of the demo's options before the run starts, so that a bad one is refused as
     * a usage error before any trace is shown, and before the demo does any work. Throws
     * {@link IllegalArgumentException} with a one-line message; does nothing by default.
     */
    default void checkOptions(DemoContext context) {
    }

    /**
     * Runs the demo as the main goroutine. A demo refuses a bad value of one of its options by throwing
     * {@link IllegalArgumentException} with a one-line message; the command line reports it as a
     * usage error.
     */
    void run(DemoContext context) throws Exception;
}
