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
 * spinners call Go.gosched() every millisecond, and the clock ticks again. Each spin is bounded by the
 * real clock, so the demo always ends.
 */
final class SpinDemo implements Demo {

    static final Duration TICK = Duration.ofMillis(50);

    @Override
    public String name() {
        return "spin";
    }

    @Override
    public String summary() {
        return "Spinners hold every carrier and a clock goroutine starves, until they call gosched().";
    }

    @Override
    public void run(DemoContext ctx) {
        // Under the stepped scheduler only one goroutine runs at a time and time is virtual: spin briefly.
        Duration spin = ctx.stepped() ? Duration.ofMillis(20) : Duration.ofSeconds(1);
        int spinners = Math.max(1, ctx.procs());
        ctx.out().printf("%d spinner(s) for %d carrier(s), each computing for %d ms%n",
                spinners, ctx.procs(), spin.toMillis());
        round(ctx, 1, spinners, spin, false);
        round(ctx, 2, spinners, spin, true);
        if (ctx.stepped()) {
            ctx.out().println("(under --seed one goroutine runs at a time and the clock is virtual:"
                    + " run without --seed to see real carriers starve)");
        }
    }

    private static void round(DemoContext ctx, int round, int spinners, Duration spin, boolean yield) {
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
                long x = 0;
                while (System.nanoTime() < end) { // no channel, no sleep, no lock
                    for (int i = 0; i < 10_000; i++) {
                        x += i ^ x;
                    }
                    if (yield) {
                        Go.gosched(); // let someone else have the carrier
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
        String how = yield ? "spinners call gosched()" : "spinners never yield";
        if (ctx.stepped()) {
            ctx.out().printf("round %d (%s): done%n", round, how);
        } else {
            ctx.out().printf("round %d (%s): the clock ticked %d times while they spun (wanted about %d)%n",
                    round, how, ticksWhileSpinning.get(), spin.toMillis() / TICK.toMillis());
        }
    }
}
