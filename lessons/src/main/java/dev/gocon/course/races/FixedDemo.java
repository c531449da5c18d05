package dev.gocon.course.races;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.Mutex;
import dev.gocon.go.Shared;
import dev.gocon.go.WaitGroup;

/**
 * The race demo with a Mutex: each unlock happens before the next lock returns, and each done before
 * the wait returns, so {@code --race} finds nothing under any seed. Same lines as the Go program.
 */
public final class FixedDemo implements Demo {

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public String summary() {
        return "The same tally behind a Mutex: happens-before everywhere, no race.";
    }

    @Override
    public void run(DemoContext ctx) {
        Mutex mu = new Mutex("served"); // guards served
        Shared<Integer> served = Shared.of("served", 0);
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    mu.lock(); // the key: one dish at a time
                    try {
                        served.set(served.get() + 1);
                    } finally {
                        mu.unlock(); // happens before the next lock returns
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await(); // every done happens before await returns
        ctx.out().println("served = " + served.get());
    }
}
