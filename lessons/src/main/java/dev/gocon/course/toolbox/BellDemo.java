package dev.gocon.course.toolbox;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;

/**
 * What {@code sync.Cond} is used for, done with a channel: the waiter waits for two orders, and the
 * orders travel with the signal. Same lines as the Go program.
 */
public final class BellDemo implements Demo {

    @Override
    public String name() {
        return "bell";
    }

    @Override
    public String summary() {
        return "Waiting for two orders with a channel instead of a sync.Cond.";
    }

    @Override
    public void run(DemoContext ctx) {
        Channel<String> orders = Channel.make("orders", 2); // the rail: the orders themselves
        Channel<Boolean> done = Channel.make("done");
        Go.go("waiter", () -> { // the waiter takes the orders when there are two
            String first = orders.receive();
            String second = orders.receive();
            ctx.out().println("taking [" + first + " " + second + "]");
            done.close();
        });
        for (String dish : new String[] {"soup", "pie"}) {
            orders.send(dish);
        }
        done.receive();
    }
}
