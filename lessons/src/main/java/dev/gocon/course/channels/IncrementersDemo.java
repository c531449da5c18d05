package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;

/** Three goroutines each send n+1 on one unbuffered channel; main receives exactly three. */
public final class IncrementersDemo implements Demo {

    @Override
    public String name() {
        return "incrementers";
    }

    @Override
    public String summary() {
        return "Three incrementers send on one unbuffered channel; main receives all three.";
    }

    @Override
    public void run(DemoContext ctx) {
        Channel<Integer> results = Channel.make("results"); // each send waits for main
        for (int n : new int[] {21, 42, 12}) {
            Go.go("incrementer-" + n, () -> results.send(n + 1));
        }
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            int r = results.receive();
            ctx.out().println("received " + r);
            sum += r;
        }
        ctx.out().println("sum " + sum);
    }
}
