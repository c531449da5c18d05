package dev.gocon.course.races;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;

/**
 * The pass demo with one slot on the channel: main's send completes at once, so nothing orders the
 * waiter's write before main's read. {@code --explore all} finds both {@code order = "soup"} and
 * {@code order = ""}; main waits for the waiter at the end, so both accesses happen on every schedule
 * and {@code --race} reports the race on every one.
 */
public final class RailDemo implements Demo {

    @Override
    public String name() {
        return "racy-rail";
    }

    @Override
    public String summary() {
        return "One slot on the channel and the arrow is gone: main may read before the write.";
    }

    @Override
    public long rehearsedSeed() {
        return 2;
    }

    @Override
    public void run(DemoContext ctx) {
        Shared<String> order = Shared.of("order", ""); // written by the waiter, read by main
        Channel<Integer> rail = Channel.make("rail", 1); // a rail with one slot
        Channel<Boolean> done = Channel.make("done");
        Go.go("waiter", () -> {
            order.set("soup");
            rail.receive();
            done.close();
        });
        rail.send(0); // the slot is free: main does not wait
        ctx.out().println("order = \"" + order.get() + "\"");
        done.receive(); // let the waiter finish before the program ends
    }
}
