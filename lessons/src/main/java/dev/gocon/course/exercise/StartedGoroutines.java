package dev.gocon.course.exercise;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.util.concurrent.Callable;

/**
 * Counts the goroutines that a piece of the learner's code starts, so that a {@link Check} can assert
 * the concurrency an exercise asks for (one goroutine per supplier, a goroutine per stage), not only
 * its result.
 *
 * <p>The runtime gives goroutine ids out in order within a run, so the ids of two probe goroutines,
 * one started just before the learner's code and one just after, bound how many goroutines were
 * started in between, on any scheduler. Each probe is waited for, so none is left behind. Call it from
 * the check's own goroutine, with no other goroutine of the check starting goroutines meanwhile.
 */
public final class StartedGoroutines {

    /** What the learner's code returned, and how many goroutines it started. */
    public record Counted<T>(T result, long started) {
    }

    private StartedGoroutines() {
    }

    /** Runs {@code body} and counts the goroutines it started (and anything they started). */
    public static <T> Counted<T> count(Callable<T> body) throws Exception {
        long before = probe();
        T result = body.call();
        long after = probe();
        return new Counted<>(result, after - before - 1);
    }

    private static long probe() {
        Channel<Void> ran = Channel.make("probe");
        long id = Go.go("probe", ran::close).id();
        ran.receive(); // the probe has run: it is not left behind
        return id;
    }
}
