package dev.gocon.course.select;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.util.List;

/** The for-select loop: serve orders until the quit channel is closed. Same lines as the Go program. */
public final class ClosingTime implements Demo {

    @Override
    public String name() {
        return "closing-time";
    }

    @Override
    public String summary() {
        return "A for-select loop that serves orders until quit is closed.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> orders = Channel.make("orders");
        Channel<Void> quit = Channel.make("quit");
        Channel<Void> gone = Channel.make("gone");
        Go.go("waiter", () -> {
            while (true) {
                int chosen = select(receive(orders, o -> out.println("the waiter serves " + o)),
                        receive(quit, q -> out.println("closing time: the waiter goes home")));
                if (chosen == 1) {
                    gone.close();
                    return;
                }
            }
        });
        for (String o : List.of("soup", "stew", "cake")) {
            orders.send(o);
        }
        quit.close(); // every receive on quit now succeeds at once
        gone.receive(); // wait until the waiter has left
    }
}
