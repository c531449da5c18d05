package dev.gocon.course.waitgroup;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bug: {@code add} inside the goroutine. await may find the counter at zero before any dish has
 * counted itself; how many dishes were plated when it returned depends on the schedule. Each dish
 * takes one step (a gosched) before its add, as real code often does, which widens the window.
 */
public final class AddInside implements Demo {

    @Override
    public String name() {
        return "add-inside";
    }

    @Override
    public String summary() {
        return "Bug: add inside the goroutine, so await can return too early.";
    }

    @Override
    public long rehearsedSeed() {
        return 18; // await returns with 0 of 4 plated
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        WaitGroup wg = new WaitGroup("dishes");
        AtomicInteger plated = new AtomicInteger();
        for (String dish : List.of("salad", "soup", "stew", "cake")) {
            Go.go(dish, () -> {
                Go.gosched(); // fetch the ingredients first
                wg.add(1); // BUG: counted too late
                try {
                    Go.sleep(Duration.ofMillis(50)); // in the pan
                    plated.incrementAndGet();
                } finally {
                    wg.done();
                }
            });
        }
        wg.await(); // the count may still be zero here
        out.println("await returned with " + plated.get() + " of 4 plated");
    }
}
