package dev.gocon.course.workerpools;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.Ticker;
import java.time.Duration;
import java.time.Instant;

/** Five emails paced by a ticker: one every 200 ms, at most five a second. */
final class RateLimitDemo implements Demo {

    @Override
    public String name() {
        return "rate-limit";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "A ticker paces the emails: one every 200 ms, five a second.";
    }

    @Override
    public void run(DemoContext ctx) {
        Ticker ticker = Go.newTicker(Duration.ofMillis(200)); // 5 a second
        try {
            Instant start = Go.now();
            for (int id = 1; id <= 5; id++) {
                Instant tick = ticker.c().receive(); // wait for the next tick: it carries the time
                Duration at = Duration.between(start, tick);
                ctx.out().printf("email %d sent at %s%n", id, goDuration(at));
            }
        } finally {
            ticker.stop();
        }
    }

    /** Rounds to 100 ms and prints it as Go prints a time.Duration: 200ms, 1s, 1.2s. */
    static String goDuration(Duration d) {
        long tenths = Math.round(d.toNanos() / 1e8); // in units of 100 ms
        if (tenths < 10) {
            return tenths * 100 + "ms";
        }
        return tenths % 10 == 0 ? tenths / 10 + "s" : tenths / 10 + "." + tenths % 10 + "s";
    }
}
