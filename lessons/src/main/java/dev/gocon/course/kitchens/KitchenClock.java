package dev.gocon.course.kitchens;

import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.trace.TimeScale;
import java.time.Duration;
import java.time.Instant;

/**
 * Kitchen time for the kitchens demos: one simulated hour lasts 250 ms of real time.
 *
 * <p>Two kinds of minutes pass in a kitchen. {@link #work} is hands-on time: the dish holds its
 * carrier (a cook) by spinning on the CPU. {@link #wait} is oven time: the dish sleeps and frees its
 * carrier. Under the stepped scheduler time is virtual, so hands-on time is a virtual sleep too;
 * otherwise it would not show on the virtual clock at all.
 */
final class KitchenClock {

    static final Duration HOUR = Duration.ofMillis(250);
    static final Duration MINUTE = HOUR.dividedBy(60);
    /** The live timeline's axis counts kitchen hours. */
    static final TimeScale SCALE = TimeScale.of("h", HOUR);
    /** The four dishes' two kitchen hours take ten seconds to watch. */
    static final Duration WATCH = Duration.ofSeconds(10);

    private final DemoContext ctx;
    private final Instant start = Go.now(); // virtual under the stepped scheduler

    KitchenClock(DemoContext ctx) {
        this.ctx = ctx;
    }

    /** Hands-on minutes: the dish keeps its cook busy. */
    void work(int minutes) {
        Duration d = MINUTE.multipliedBy(minutes);
        if (ctx.stepped()) {
            Go.sleep(d);
            return;
        }
        Instant end = Go.now().plus(d); // the run's clock: it slows down with the pace, like the sleeps
        while (Go.now().isBefore(end)) {
            Thread.onSpinWait();
        }
    }

    /** Oven minutes: the dish waits and its cook is free. */
    void wait(int minutes) {
        Go.sleep(MINUTE.multipliedBy(minutes));
    }

    /**
     * Whole kitchen hours since the clock was made (rounded down, so that a loaded machine's extra
     * minutes do not change the figure). {@link Go#now()} is virtual under the stepped scheduler, so
     * the figure is the same for every seed there.
     */
    long hours() {
        // In whole minutes first: sixty of our (rounded-down) minutes are a few nanoseconds short
        // of HOUR, and the virtual clock counts them exactly.
        return Duration.between(start, Go.now()).toNanos() / MINUTE.toNanos() / 60;
    }
}
