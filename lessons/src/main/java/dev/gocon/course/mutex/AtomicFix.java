package dev.gocon.course.mutex;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Fix 2: an atomic add, one indivisible step. Same lines as the Go program. */
public final class AtomicFix implements Demo {

    static final int TIMES = 3; // increments per waiter

    @Override
    public String name() {
        return "atomic-fix";
    }

    @Override
    public String summary() {
        return "Fix 2: an atomic counter adds in one indivisible step.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        AtomicLong served = new AtomicLong(); // Go's atomic.Int64
        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    for (int i = 0; i < TIMES; i++) {
                        served.incrementAndGet();
                        Go.gosched(); // let the other waiter in: it changes nothing
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        out.println("served = " + served.get() + " want " + 2 * TIMES);
    }
}
