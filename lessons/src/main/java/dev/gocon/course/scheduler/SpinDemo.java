package dev.gocon.course.scheduler;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Virtual threads are not time-sliced: as many spinners as carriers compute for a second without
 * blocking, and a clock goroutine that wants to tick every 50 ms gets no tick in. In round 2 the
 * spinners block for 1 ms every 10 ms, and the clock ticks again. (Go.gosched(), which is Thread.yield()
 * here, did not help on JDK 25: the yielding spinner got its carrier straight back.) Each spin is bounded by the
 * real clock, so the demo always ends.
 */
final class SpinDemo implements Demo {

    /** Under the stepped scheduler: how many rounds of work a spinner does, and how often it pauses. */
    static final int STEPPED_ROUNDS = 20;
    static final int STEPPED_ROUNDS_PER_PAUSE = 10;
    static final Duration TICK = Duration.ofMillis(50);
    static final Duration PAUSE_EVERY = Duration.ofMillis(10);
    static final Duration PAUSE = Duration.ofMillis(1);

    @Override
    public String name() {
        return "spin";
    }

    @Override
    public String summary() {
        return "Spinners hold every carrier and a clock goroutine starves, until they pause now and then.";
    }

    @Override
    public void run(DemoContext ctx) {
        // Under the stepped scheduler only one goroutine runs at a time and time is virtual: spin briefly.
        Duration spin = ctx.stepped() ? Duration.ofMillis(20) : Duration.ofSeconds(1);
        // One spinner per carrier; under a seed, two, so that every machine prints the same bytes.
        int spinners = ctx.stepped() ? 2 : Math.max(1, ctx.procs());
        ctx.out().printf("%d spinner%s (one per carrier), each computing for %d ms without blocking%n",
                spinners, spinners == 1 ? "" : "s", spin.toMillis());
        round(ctx, 1, spinners, spin, false);
        round(ctx, 2, spinners, spin, true);
        if (ctx.stepped()) {
            ctx.out().println("(under --seed one goroutine runs at a time and the clock is virtual:");
            ctx.out().println(" run without --seed to see real carriers starve)");
        }
    }

    private static void round(DemoContext ctx, int round, int spinners, Duration spin, boolean pauses) {
        AtomicInteger spinning = new AtomicInteger();
        AtomicInteger ticksWhileSpinning = new AtomicInteger();
        WaitGroup wg = new WaitGroup("round-" + round);
        AtomicBoolean over = new AtomicBoolean();
        wg.go("clock", () -> {
            while (!over.get()) {
                Go.sleep(TICK);
                if (spinning.get() > 0) {
                    ticksWhileSpinning.incrementAndGet();
                }
            }
        });
        WaitGroup spinnersDone = new WaitGroup("spinners");
        for (int s = 1; s <= spinners; s++) {
            spinnersDone.go("spinner-" + s, () -> {
                spinning.incrementAndGet();
                long end = System.nanoTime() + spin.toNanos();
                long pause = System.nanoTime() + PAUSE_EVERY.toNanos();
                long x = 0;
                // Under a seed the run must not depend on how fast this machine computes: count
                // rounds instead of reading the real clock.
                for (int work = 1; ctx.stepped() ? work <= STEPPED_ROUNDS : System.nanoTime() < end; work++) {
                    for (int i = 0; i < 10_000; i++) { // no channel, no sleep, no lock
                        x += i ^ x;
                    }
                    boolean due = ctx.stepped() ? work % STEPPED_ROUNDS_PER_PAUSE == 0 : System.nanoTime() > pause;
                    if (pauses && due) {
                        Go.sleep(PAUSE); // blocks: the carrier is free for someone else
                        pause = System.nanoTime() + PAUSE_EVERY.toNanos();
                    }
                }
                spinning.decrementAndGet();
                if (x == 42) {
                    ctx.out().print(""); // keep the loop from being optimised away
                }
            });
        }
        spinnersDone.await();
        over.set(true);
        wg.await();
        String how = pauses ? "spinners pause 1 ms every 10 ms" : "spinners never block";
        if (ctx.stepped()) {
            ctx.out().printf("round %d, %s: done%n", round, how);
        } else {
            ctx.out().printf("round %d, %s:%n  the clock ticked %d time%s while they spun (it wanted %d)%n",
                    round, how, ticksWhileSpinning.get(), ticksWhileSpinning.get() == 1 ? "" : "s",
                    spin.toMillis() / TICK.toMillis());
        }
    }

}
