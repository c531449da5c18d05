package dev.gocon.course.atomics;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.AtomicInt64;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;

/**
 * Two waiters each load the counter and store it plus one: every access is atomic, so the race detector
 * finds no data race, and yet {@code --explore all} finds {@code served = 1} beside {@code served = 2}.
 */
public final class LoadStoreDemo implements Demo {

    @Override
    public String name() {
        return "load-store";
    }

    @Override
    public String summary() {
        return "An atomic load, then an atomic store: no data race, and still a lost update.";
    }

    @Override
    public long rehearsedSeed() {
        return 3;
    }

    @Override
    public void run(DemoContext ctx) {
        AtomicInt64 served = new AtomicInt64("served", 0);
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    long v = served.load(); // one atomic step
                    Go.gosched(); // another dish may click here
                    served.store(v + 1); // another atomic step
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.out().println("served = " + served.load());
    }
}
