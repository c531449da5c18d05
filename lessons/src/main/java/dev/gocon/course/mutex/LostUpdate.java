package dev.gocon.course.mutex;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.util.List;

/**
 * Two waiters add to one unprotected tally, with a gosched between the load and the store. Under
 * {@code --explore 200} the counts 3, 4, 5 and 6 appear, each with a seed that replays it; 2 is
 * possible too, but only one schedule in thousands gives it.
 */
public final class LostUpdate implements Demo {

    @Override
    public String name() {
        return "lost-update";
    }

    @Override
    public String summary() {
        return "Two goroutines, gosched / load / gosched / store: updates get lost.";
    }

    @Override
    public long rehearsedSeed() {
        return 4;
    }

    @Override
    public List<DemoOption> options() {
        return List.of(new DemoOption("--times", "N", "3", "increments per waiter"));
    }

    /** The shared tally. A fresh one per run, so that runs do not see each other. */
    private static final class Tally {
        int served; // plates served: shared, unprotected
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        int times = Integer.parseInt(ctx.option("--times", "3"));
        Tally tally = new Tally();
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    for (int i = 0; i < times; i++) {
                        Go.gosched(); // someone else may run here
                        int v = tally.served; // read the count
                        Go.gosched(); // and here
                        tally.served = v + 1; // write it back
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        out.println("served = " + tally.served + " want " + 2 * times);
    }
}
