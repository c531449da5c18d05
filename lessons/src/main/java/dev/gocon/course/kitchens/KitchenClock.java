package dev.gocon.course.kitchens;

import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.trace.TimeScale;
import java.time.Duration;
import java.time.Instant;

/**
 * Kitchen time for the kitchens demos: one simulated hour lasts 500 ms of real time.
 *
 * <p>Two kinds of minutes pass in a kitchen. {@link #work} is hands-on time: a fixed amount of
 * computing (a few kitchen minutes on a laptop), during which the dish holds its carrier (a
 * cook), as the lesson's Go program does. It is a fixed amount of work rather than a spin on the
 * clock so that, as in Go, what is shared under {@code --procs 1} is the work, not a deadline.
 * {@link #wait} is oven time: the dish sleeps and frees its carrier. Under the stepped scheduler
 * time is virtual, so a round of hands-on work is a virtual sleep of {@link #WORK_MINUTES}
 * minutes; otherwise it would not show on the virtual clock at all.
 */
final class KitchenClock {

    static final Duration HOUR = Duration.ofMillis(500);
    static final Duration MINUTE = HOUR.dividedBy(60);
    /** The time axis of the timeline, in kitchen hours. */
    static final TimeScale SCALE = TimeScale.of("h", HOUR);
    /** How long the four dishes should take to watch on a terminal. */
    static final Duration WATCH = Duration.ofSeconds(10);

    /** What one round of {@link #work} counts for on the virtual clock. */
    static final int WORK_MINUTES = 3;
    /** The computing of one round of {@link #work}: the Go program's loop, the same length. */
    private static final int WORK_ROUND = 10_000_000;

    /** Keeps the JIT from dropping the loop of {@link #work}; never read. */
    private static volatile long whisked;

    private final DemoContext ctx;
    private final Instant start = Go.now(); // virtual under the stepped scheduler

    KitchenClock(DemoContext ctx) {
        this.ctx = ctx;
    }

    /** One round of hands-on work: the dish keeps its cook busy. */
    void work() {
        if (ctx.stepped()) {
            Go.sleep(MINUTE.multipliedBy(WORK_MINUTES));
            return;
        }
        long sum = 0;
        for (int i = 0; i < WORK_ROUND; i++) {
            sum += i % 7;
        }
        whisked += sum;
    }

    /** Oven minutes: the dish waits and its cook is free. */
    void wait(int minutes) {
        Go.sleep(MINUTE.multipliedBy(minutes));
    }

    /**
     * Whole kitchen hours since the clock was made (rounded down: the hands-on minutes of a loaded
     * machine would have to add up to an hour to change the figure). {@link Go#now()} is virtual
     * under the stepped scheduler, so the figure is the same for every seed there.
     */
    long hours() {
        return Duration.between(start, Go.now()).toNanos() / HOUR.toNanos();
    }
}
