package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;

/** Main sends on an unbuffered channel that nobody receives from: the run ends in a deadlock. */
public final class DeadlockDemo implements Demo {

    @Override
    public String name() {
        return "deadlock";
    }

    @Override
    public String summary() {
        return "Main sends where nobody receives: Go's deadlock report, explained.";
    }

    @Override
    public void run(DemoContext ctx) {
        Channel<String> orders = Channel.make("orders"); // unbuffered
        ctx.out().println("main: sending soup, with nobody to receive it");
        orders.send("soup"); // blocks forever: the runtime reports a deadlock
        ctx.out().println("never printed");
    }
}
