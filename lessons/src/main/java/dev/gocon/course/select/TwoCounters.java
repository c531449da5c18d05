package dev.gocon.course.select;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.util.List;

/**
 * Merging two channels until both are closed: a closed channel's case is switched off by replacing
 * it with the nil channel. Same lines as the Go program, in an order that depends on the schedule.
 */
public final class TwoCounters implements Demo {

    @Override
    public String name() {
        return "two-counters";
    }

    @Override
    public String summary() {
        return "A nil channel switches a select case off once its channel is closed.";
    }

    @Override
    public long rehearsedSeed() {
        return 2;
    }

    /** The waiter's view of the two counters: a closed one is replaced by the nil channel. */
    private static final class Counters {
        Channel<String> kitchen;
        Channel<String> bar;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Counters c = new Counters();
        c.kitchen = Channel.make("kitchen");
        c.bar = Channel.make("bar");
        Channel<String> kitchen = c.kitchen;
        Channel<String> bar = c.bar;
        Go.go("kitchen", () -> serve(kitchen, List.of("soup", "stew", "cake")));
        Go.go("bar", () -> serve(bar, List.of("lemonade", "tea")));

        Channel<String> nil = Channel.nil();
        while (c.kitchen != nil || c.bar != nil) {
            select(receive(c.kitchen, (d, ok) -> {
                if (!ok) {
                    out.println("the kitchen is done");
                    c.kitchen = nil; // a nil channel: this case sleeps
                    return;
                }
                out.println("from the kitchen: " + d);
            }), receive(c.bar, (d, ok) -> {
                if (!ok) {
                    out.println("the bar is done");
                    c.bar = nil;
                    return;
                }
                out.println("from the bar: " + d);
            }));
        }
        out.println("everything is served");
    }

    /** Puts each dish on {@code out}, in order, then closes it. */
    private static void serve(Channel<String> out, List<String> dishes) {
        for (String d : dishes) {
            out.send(d);
        }
        out.close();
    }
}
