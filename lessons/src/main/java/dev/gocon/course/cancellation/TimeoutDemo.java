package dev.gocon.course.cancellation;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Context;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A timeout: the {@code chef} needs three steps of 300 ms, the context allows 750 ms. The waiter and
 * the chef both select on {@code ctx.done()}, and both stop when it closes. The same program as the
 * lesson's first Go code.
 */
public final class TimeoutDemo implements Demo {

    @Override
    public String name() {
        return "timeout";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Context.withTimeout: the waiter gives up at 750 ms and the chef stops too.";
    }

    @Override
    public long rehearsedSeed() {
        return 2;
    }

    @Override
    public void run(DemoContext demo) {
        PrintStream out = demo.out();
        Context.Cancelable ctx = Context.withTimeout(Context.background(), Duration.ofMillis(750));
        try {
            Channel<String> stew = Channel.make("stew", 1); // room for it: the chef never blocks
            Channel<Boolean> done = Channel.make("chef-done");
            Go.go("chef", () -> chef(out, ctx, stew, done));
            Select.select(
                    Select.receive(stew, dish -> out.println("waiter: served " + dish)),
                    Select.receive(ctx.done(), x -> out.println("waiter: gave up: "
                            + ctx.err().getMessage())));
            done.receive(); // let the chef finish printing
        } finally {
            ctx.cancel(); // defer cancel(): always release the context's timer
        }
    }

    /** Three steps of work, each raced against the context's done channel. */
    private static void chef(PrintStream out, Context ctx, Channel<String> stew,
            Channel<Boolean> done) {
        try {
            for (int step = 1; step <= 3; step++) {
                int s = step;
                boolean[] stopped = {false};
                Select.select(
                        Select.receive(Go.after(Duration.ofMillis(300)),
                                t -> out.println("chef: step " + s + " done")),
                        Select.receive(ctx.done(), x -> {
                            out.println("chef: stopped before step " + s + ": "
                                    + ctx.err().getMessage());
                            stopped[0] = true;
                        }));
                if (stopped[0]) {
                    return;
                }
            }
            stew.send("stew");
        } finally {
            done.send(true);
        }
    }
}
