package dev.gocon.course.scheduler;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A traveller goroutine prints its carrier thread before and after each sleep, while busy goroutines
 * keep the other carriers occupied in bursts: after a sleep, the traveller often resumes elsewhere.
 */
final class MigrateDemo implements Demo {

    static final int TRIPS = 6;

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "One goroutine's carrier before and after each sleep: it may resume on another carrier.";
    }

    @Override
    public void run(DemoContext ctx) {
        AtomicBoolean travelling = new AtomicBoolean(true);
        WaitGroup all = new WaitGroup("all");
        for (int b = 1; b <= ctx.procs(); b++) {
            all.go("busy-" + b, () -> {
                while (travelling.get()) {
                    burn(Duration.ofMillis(2)); // a short burst of work on some carrier
                    Go.sleep(Duration.ofMillis(3));
                }
            });
        }
        int[] moves = {0};
        all.go("traveller", () -> {
            for (int trip = 1; trip <= TRIPS; trip++) {
                String before = carrier();
                Go.sleep(Duration.ofMillis(20)); // unmounts: the carrier is free for others
                String after = carrier();
                if (ctx.stepped()) {
                    ctx.out().printf("trip %d: slept 20 ms%n", trip);
                } else {
                    boolean moved = !before.equals(after);
                    moves[0] += moved ? 1 : 0;
                    ctx.out().printf("trip %d: %s -> %s%s%n", trip, before, after, moved ? "  (moved)" : "");
                }
            }
            travelling.set(false);
        });
        all.await();
        if (ctx.stepped()) {
            ctx.out().println("(carriers are real only under the native scheduler: run without --seed)");
        } else {
            ctx.out().printf("the traveller changed carriers %d time%s in %d sleeps%n", moves[0],
                    moves[0] == 1 ? "" : "s", TRIPS);
        }
    }

    /**
     * The carrier's name as the trace shows it: the end of the virtual thread's toString(), after the
     * '@' ({@code ForkJoinPool-1-worker-2}), shortened as the trace does ({@code carrier-2}).
     */
    static String carrier() {
        String me = Thread.currentThread().toString();
        int at = me.lastIndexOf('@');
        String name = at < 0 ? me : me.substring(at + 1);
        int worker = name.lastIndexOf("-worker-");
        return name.startsWith("ForkJoinPool-") && worker > 0
                ? "carrier-" + name.substring(worker + "-worker-".length())
                : name;
    }

    /** Computes, without blocking, for about {@code d} of real time. */
    static long burn(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        long x = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                x += i ^ x;
            }
        }
        return x;
    }
}
