package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;

/** The fix: main waits on a WaitGroup (the tally board), exactly as long as the slowest dish. */
public final class WaitGroupDemo implements Demo {

    @Override
    public String name() {
        return "waitgroup";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Main waits for three dishes with a WaitGroup: nothing lost, no time wasted.";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        WaitGroup wg = new WaitGroup("orders");
        for (int i = 0; i < Dishes.NAMES.length; i++) {
            String dish = Dishes.NAMES[i];
            Duration d = Dishes.DURATIONS[i];
            wg.add(1); // one more mark on the board
            Go.go(dish, () -> {
                try {
                    Dishes.prepare(ctx.out(), dish, d);
                } finally {
                    wg.done(); // rub this dish's mark off
                }
            });
        }
        wg.await(); // until the board reads zero
        ctx.out().println("main waited for all three dishes");
    }
}
