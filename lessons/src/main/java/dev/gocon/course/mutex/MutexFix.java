package dev.gocon.course.mutex;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.Mutex;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;

/** Fix 1: the same loop inside lock / unlock. One outcome only. Same lines as the Go program. */
public final class MutexFix implements Demo {

    static final int TIMES = 3; // increments per waiter

    @Override
    public String name() {
        return "mutex-fix";
    }

    @Override
    public String summary() {
        return "Fix 1: a Mutex makes load and store one critical section.";
    }

    private static final class Tally {
        final Mutex mu = new Mutex("key"); // guards served: the key to the cupboard
        int served;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Tally tally = new Tally();
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    for (int i = 0; i < TIMES; i++) {
                        tally.mu.lock(); // one waiter at a time past this line
                        try {
                            int v = tally.served;
                            Go.gosched(); // others may run, but not in here
                            tally.served = v + 1;
                        } finally {
                            tally.mu.unlock();
                        }
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        out.println("served = " + tally.served + " want " + 2 * TIMES);
    }
}
