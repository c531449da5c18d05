package dev.gocon.course.broadcast;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The myth: three listeners on one channel. Six headlines are sent, and each is received by exactly
 * one listener, whichever was free: fan-out, not broadcast.
 */
public final class FanOutDemo implements Demo {

    @Override
    public String name() {
        return "fan-out";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "Three receivers on one channel: each headline reaches one of them, not all.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> news = Channel.make("news"); // one channel, three receivers
        WaitGroup wg = new WaitGroup("listeners");
        for (int i = 1; i <= 3; i++) {
            String name = "listener-" + i;
            wg.go(name, () -> {
                for (String headline : news) {
                    out.println(name + " got " + headline);
                    Go.sleep(Duration.ofMillis(50)); // reads it
                }
            });
        }
        for (int i = 1; i <= 6; i++) {
            news.send("headline-" + i);
        }
        news.close();
        wg.await();
    }
}
