package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** An unbuffered send waits for its receiver: the chef holds the soup out for 500 ms. */
public final class RendezvousDemo implements Demo {

    static final Duration BUSY = Duration.ofMillis(500);

    @Override
    public String name() {
        return "rendezvous";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "The chef's send on an unbuffered channel waits until the waiter takes the soup.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> pass = Channel.make("pass"); // unbuffered: capacity 0
        Channel<Boolean> done = Channel.make("done");
        Go.go("waiter", () -> {
            Go.sleep(BUSY); // busy at another table
            out.println("waiter: ready for an order");
            String order = pass.receive();
            out.println("waiter: took " + order);
            done.send(true);
        });

        Instant start = Go.now(); // virtual time under --seed
        out.println("chef: soup is ready");
        pass.send("soup"); // blocks until the waiter takes it
        long waited = Duration.between(start, Go.now()).toMillis();
        done.receive(); // let the waiter speak first
        out.println("chef: handed over after " + Math.round(waited / 100.0) * 100 + "ms");
    }
}
