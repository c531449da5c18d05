package dev.gocon.course.atomics;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.AtomicInt64;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;

/** Three waiters click one atomic counter a hundred times each: 300, always. Same lines as the Go program. */
public final class CounterDemo implements Demo {

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public String summary() {
        return "Three waiters, one AtomicInt64: every add counts.";
    }

    @Override
    public void run(DemoContext ctx) {
        AtomicInt64 served = new AtomicInt64("served", 0); // a clicker: one press, one plate
        WaitGroup wg = new WaitGroup("waiters");
        for (int w = 1; w <= 3; w++) {
            wg.add(1);
            Go.go("waiter-" + w, () -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        served.add(1); // read, add and write in one step
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.out().println("served = " + served.load());
    }
}
