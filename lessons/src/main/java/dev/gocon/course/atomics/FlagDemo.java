package dev.gocon.course.atomics;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.AtomicRef;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;

/**
 * An atomic flag publishes a plain variable: the waiter writes the order, then stores the flag; the
 * chef (main) loads the flag until it is up, then reads the order. The store is seen by the load, so
 * {@code --race} finds nothing. Same lines as the Go program.
 */
public final class FlagDemo implements Demo {

    @Override
    public String name() {
        return "flag";
    }

    @Override
    public String summary() {
        return "An atomic flag raised after a plain write: the chef who sees it sees the write.";
    }

    @Override
    public void run(DemoContext ctx) {
        Shared<String> order = Shared.of("order", ""); // a plain variable
        AtomicRef<Boolean> ready = new AtomicRef<>("ready", false); // the flag
        Go.go("waiter", () -> {
            order.set("soup"); // 1. write the order
            ready.store(true); // 2. raise the flag
        });
        while (!ready.load()) { // 3. the chef waits for the flag
            Go.gosched();
        }
        ctx.out().println("cooking " + order.get()); // 4. so this sees the order
    }
}
