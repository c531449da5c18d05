package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import java.time.Duration;

/** Main sleeps one second instead of waiting: cook-3 needs 1.2 s, and its work is lost. */
public final class SleepIsNotWaitingDemo implements Demo {

    @Override
    public String name() {
        return "sleep-is-not-waiting";
    }

    @Override
    public String summary() {
        return "Main sleeps 1 s instead of waiting; the 1.2 s cook is cut off.";
    }

    @Override
    public void run(DemoContext ctx) {
        for (int i = 0; i < Cooks.DURATIONS.length; i++) {
            String name = "cook-" + (i + 1);
            Duration d = Cooks.DURATIONS[i];
            Go.go(name, () -> Cooks.cook(ctx.out(), name, d));
        }
        Go.sleep(Duration.ofSeconds(1)); // a guess, not a wait
        ctx.out().println("main stops waiting after 1s");
    }
}
