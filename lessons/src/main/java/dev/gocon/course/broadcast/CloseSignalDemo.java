package dev.gocon.course.broadcast;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;

/** {@code close} as a one-time broadcast: one close wakes every runner waiting on {@code start}. */
public final class CloseSignalDemo implements Demo {

    @Override
    public String name() {
        return "close-signal";
    }

    @Override
    public String summary() {
        return "Closing a channel wakes every receiver at once: a one-time broadcast.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<Void> start = Channel.make("start");
        WaitGroup wg = new WaitGroup("runners");
        for (int i = 1; i <= 3; i++) {
            String name = "runner-" + i;
            wg.go(name, () -> {
                start.receive(); // blocks until start is closed
                out.println(name + " is off");
            });
        }
        out.println("starter: on your marks");
        start.close(); // every receiver wakes, now and later
        wg.await();
        out.println("starter: all 3 are running");
    }
}
