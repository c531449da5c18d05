package dev.gocon.course.cancellation;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A leak: {@code feed} sends prices forever, {@code main} takes three and returns. {@code feed} is
 * left blocked on {@code prices}, and the run's report names it. The same program as the lesson's Go
 * code.
 */
public final class LeakDemo implements Demo {

    @Override
    public String name() {
        return "leak";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(4);
    }

    @Override
    public String summary() {
        return "A goroutine nobody tells to stop: blocked forever, listed at the end of the run.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<Integer> prices = Channel.make("prices");
        Go.go("feed", () -> {
            for (int p = 100; ; p++) {
                prices.send(p); // blocks until someone receives
            }
        });
        for (int i = 0; i < 3; i++) {
            out.println("price " + prices.receive());
        }
        // main wanted three prices. feed goes round its loop to send the next one, and is stuck
        // there for ever: a leaked goroutine. (The short sleep lets it get there before main ends.)
        Go.sleep(Duration.ofMillis(1));
        out.println("goroutines alive: " + Go.numGoroutine());
    }
}
