package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;

/** Three goroutines started in a loop, each with its own copy of the loop variable. */
public final class LoopVariableDemo implements Demo {

    @Override
    public String name() {
        return "loop-variable";
    }

    @Override
    public String summary() {
        return "Goroutines started in a loop, each with its own order number.";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        WaitGroup wg = new WaitGroup("orders");
        for (int i = 1; i <= 3; i++) {
            int order = i; // this goroutine's own copy: Java insists on it
            wg.add(1);
            Go.go("order-" + order, () -> {
                try {
                    ctx.out().println("cooking order " + order);
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
    }
}
