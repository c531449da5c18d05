package dev.gocon.course.mutex;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;

/**
 * Fix 3: share memory by communicating. Only the keeper goroutine touches the tally; the waiters
 * send it messages. Same lines as the Go program.
 */
public final class OwnerFix implements Demo {

    static final int TIMES = 3; // increments per waiter

    @Override
    public String name() {
        return "owner-fix";
    }

    @Override
    public String summary() {
        return "Fix 3: one owner goroutine, and messages instead of shared writes.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<Integer> plates = Channel.make("plates");
        Channel<Integer> total = Channel.make("total");
        Go.go("keeper", () -> { // owns the tally: no other goroutine can touch it
            int served = 0;
            for (int n : plates) { // until plates is closed
                served += n;
            }
            total.send(served);
        });

        WaitGroup wg = new WaitGroup("waiters");
        wg.add(2);
        for (int w = 1; w <= 2; w++) {
            Go.go("waiter-" + w, () -> {
                try {
                    for (int i = 0; i < TIMES; i++) {
                        plates.send(1); // "one more plate": a message, not a write
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        plates.close(); // no more plates: the keeper can report
        out.println("served = " + total.receive() + " want " + 2 * TIMES);
    }
}
