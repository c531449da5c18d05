package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.ReceiveChannel;
import dev.gocon.go.SendChannel;
import java.io.PrintStream;
import java.util.List;

/**
 * Two waiters receive from one channel: each order reaches exactly one of them (fan-out, not
 * broadcast). The close is the one thing both see.
 */
public final class FanOutDemo implements Demo {

    @Override
    public String name() {
        return "fan-out";
    }

    @Override
    public String summary() {
        return "Two receivers on one channel: each value reaches exactly one; the close reaches all.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> orders = Channel.make("orders");
        Channel<Boolean> done = Channel.make("done");
        for (String name : List.of("waiter-1", "waiter-2")) {
            Go.go(name, () -> waiter(out, name, orders.receiveOnly(), done.sendOnly()));
        }
        for (String order : List.of("soup", "steak", "cake", "pie")) {
            orders.send(order); // exactly one waiter receives each order
        }
        orders.close(); // the one thing every receiver sees
        done.receive();
        done.receive();
    }

    /** Takes orders until the kitchen closes the channel. */
    static void waiter(PrintStream out, String name, ReceiveChannel<String> orders,
            SendChannel<Boolean> done) {
        for (String order : orders) {
            out.println(name + " takes " + order);
        }
        out.println(name + " sees the close and goes home");
        done.send(true);
    }
}
