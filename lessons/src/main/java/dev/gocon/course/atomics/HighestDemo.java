package dev.gocon.course.atomics;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.AtomicInt64;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;

/**
 * Four bills race to be the night's highest with a compare-and-swap loop; a failed swap means another
 * bill got there first, and the loop reads again. Always 42. Same lines as the Go program.
 */
public final class HighestDemo implements Demo {

    @Override
    public String name() {
        return "highest";
    }

    @Override
    public String summary() {
        return "A compare-and-swap loop keeps the highest bill, however the bills interleave.";
    }

    /** Raises highest to bill, unless it is already higher. */
    static void record(AtomicInt64 highest, long bill) {
        while (true) {
            long old = highest.load();
            if (bill <= old) {
                return; // not a record
            }
            if (highest.compareAndSwap(old, bill)) {
                return; // nobody changed it since our load: done
            }
            // someone changed it since our load: look again
        }
    }

    @Override
    public void run(DemoContext ctx) {
        AtomicInt64 highest = new AtomicInt64("highest", 0);
        WaitGroup wg = new WaitGroup("bills");
        for (long bill : new long[] {18, 42, 7, 35}) {
            wg.add(1);
            Go.go("bill-" + bill, () -> {
                try {
                    record(highest, bill);
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.out().println("highest bill = " + highest.load());
    }
}
