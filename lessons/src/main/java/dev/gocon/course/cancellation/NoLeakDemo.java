package dev.gocon.course.cancellation;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Context;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import java.io.PrintStream;

/**
 * The leak fixed: {@code feed} selects between its send and {@code ctx.done()}, and main cancels
 * once it has enough, then waits for feed to return. Nothing is left behind.
 */
public final class NoLeakDemo implements Demo {

    @Override
    public String name() {
        return "no-leak";
    }

    @Override
    public String summary() {
        return "The same feed with a context: cancel() makes it return, and nothing leaks.";
    }

    @Override
    public void run(DemoContext demo) {
        PrintStream out = demo.out();
        Context.Cancelable ctx = Context.withCancel(Context.background());
        Channel<Integer> prices = Channel.make("prices");
        Channel<Boolean> done = Channel.make("feed-done");
        Go.go("feed", () -> {
            try {
                boolean[] stopped = {false};
                for (int p = 100; !stopped[0]; p++) {
                    Select.select(
                            Select.send(prices, p, () -> { }),
                            Select.receive(ctx.done(), x -> {
                                out.println("feed: stopped: " + ctx.err().getMessage());
                                stopped[0] = true;
                            }));
                }
            } finally {
                done.send(true);
            }
        });
        for (int i = 0; i < 3; i++) {
            out.println("price " + prices.receive());
        }
        ctx.cancel(); // we have enough: tell feed to stop
        done.receive(); // and wait until it has
        out.println("main: feed has returned, nothing leaks");
    }
}
