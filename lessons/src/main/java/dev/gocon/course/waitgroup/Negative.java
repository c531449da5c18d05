package dev.gocon.course.waitgroup;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Panic;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;

/** The bug: one done too many. The wait group panics with Go's own message. Same lines as the Go program. */
public final class Negative implements Demo {

    @Override
    public String name() {
        return "negative";
    }

    @Override
    public String summary() {
        return "Bug: one done too many panics with \"sync: negative WaitGroup counter\".";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        try {
            WaitGroup wg = new WaitGroup("dishes");
            wg.add(1); // one dish
            try {
                out.println("the stew is plated");
                wg.done(); // done here...
            } finally {
                wg.done(); // ...and done again when the block ends: one too many
            }
            wg.await();
            out.println("never printed");
        } catch (Panic p) { // Go's recover()
            out.println("panic: " + p.getMessage());
        }
    }
}
