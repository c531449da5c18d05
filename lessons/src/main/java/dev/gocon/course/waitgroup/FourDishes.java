package dev.gocon.course.waitgroup;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import dev.gocon.trace.TimeScale;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Four dishes counted on the tally board (a wait group), the head chef (main) awaiting them. Same lines as the Go program. */
public final class FourDishes implements Demo {

    static final Duration MINUTE = Duration.ofMillis(10); // one minute of kitchen time

    @Override
    public String name() {
        return "four-dishes";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public TimeScale timeScale() {
        return TimeScale.of("min", MINUTE);
    }

    @Override
    public String summary() {
        return "add before go, done when finished, await until the count is zero.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        List<String> dishes = List.of("salad", "soup", "stew", "cake");
        WaitGroup wg = new WaitGroup("dishes"); // the tally board
        for (int i = 0; i < dishes.size(); i++) {
            String dish = dishes.get(i);
            int minutes = 10 * (i + 1);
            wg.add(1); // count the dish before its goroutine starts
            Go.go(dish, () -> {
                try {
                    Go.sleep(MINUTE.multipliedBy(minutes));
                    out.println(dish + " is plated");
                } finally {
                    wg.done(); // uncount it, however the task ends
                }
            });
        }
        wg.await(); // block until the count is back to zero
        out.println("all " + dishes.size() + " dishes are plated");
    }
}
