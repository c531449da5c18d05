package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import java.time.Duration;

/** Main sleeps one second instead of waiting: the cake needs 1.2 s, and it is lost. */
public final class SleepIsNotWaitingDemo implements Demo {

    @Override
    public String name() {
        return "sleep-is-not-waiting";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "Main sleeps 1 s instead of waiting; the 1.2 s cake is cut off.";
    }

    @Override
    public void run(DemoContext ctx) {
        for (int i = 0; i < Dishes.NAMES.length; i++) {
            String dish = Dishes.NAMES[i];
            Duration d = Dishes.DURATIONS[i];
            Go.go(dish, () -> Dishes.prepare(ctx.out(), dish, d));
        }
        Go.sleep(Duration.ofSeconds(1)); // a guess, not a wait
        ctx.out().println("main stops waiting after 1s");
    }
}
