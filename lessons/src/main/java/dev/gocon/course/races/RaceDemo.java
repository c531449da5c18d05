package dev.gocon.course.races;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;
import dev.gocon.go.WaitGroup;

/**
 * Two waiters add one plate each to a shared tally, with nothing ordering the two read-then-writes.
 * Most schedules print {@code served = 2}; some lose an update and print {@code served = 1}. With
 * {@code --race}, every schedule reports the race, the right-looking ones included.
 */
public final class RaceDemo implements Demo {

    @Override
    public String name() {
        return "racy";
    }

    @Override
    public String summary() {
        return "Two waiters, one Shared tally, no agreement: a data race, whatever it prints.";
    }

    @Override
    public void run(DemoContext ctx) {
        Shared<Integer> served = Shared.of("served", 0); // one bowl, two dishes, no agreement
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    served.set(served.get() + 1); // read the tally, write it back
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.out().println("served = " + served.get());
    }
}
