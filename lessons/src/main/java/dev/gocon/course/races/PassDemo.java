package dev.gocon.course.races;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;

/**
 * The memory model's rule for an unbuffered channel: the receive happens before the send completes,
 * so main, after its send, sees the order the waiter wrote before receiving. Same lines as the Go
 * program.
 */
public final class PassDemo implements Demo {

    @Override
    public String name() {
        return "pass";
    }

    @Override
    public String summary() {
        return "Unbuffered: the receive happens before the send completes, so main sees the write.";
    }

    @Override
    public void run(DemoContext ctx) {
        Shared<String> order = Shared.of("order", ""); // written by the waiter, read by main
        Channel<Integer> pass = Channel.make("pass"); // unbuffered: the pass
        Go.go("waiter", () -> {
            order.set("soup"); // 1. write the order
            pass.receive(); // 2. take the plate
        });
        pass.send(0); // 3. completes after the receive
        ctx.out().println("order = \"" + order.get() + "\""); // 4. so this sees the write
    }
}
