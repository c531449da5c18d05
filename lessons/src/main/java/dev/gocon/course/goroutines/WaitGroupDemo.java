package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;

/** The fix: main waits on a WaitGroup, exactly as long as the slowest cook. */
public final class WaitGroupDemo implements Demo {

    @Override
    public String name() {
        return "waitgroup";
    }

    @Override
    public String summary() {
        return "Main waits for three cooks with a WaitGroup: nothing lost, no time wasted.";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        WaitGroup wg = new WaitGroup("orders");
        for (int i = 0; i < Cooks.DURATIONS.length; i++) {
            String name = "cook-" + (i + 1);
            Duration d = Cooks.DURATIONS[i];
            wg.add(1); // one more order on the board
            Go.go(name, () -> {
                try {
                    Cooks.cook(ctx.out(), name, d);
                } finally {
                    wg.done(); // this order is done
                }
            });
        }
        wg.await(); // until the board reads zero
        ctx.out().println("main waited for all three cooks");
    }
}
