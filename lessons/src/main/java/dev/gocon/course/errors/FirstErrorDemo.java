package dev.gocon.course.errors;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Context;
import dev.gocon.go.ErrGroup;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The first error cancels the rest: three orders in an {@link ErrGroup}; the fishmonger fails at its
 * third step, the group's context is canceled, and the bakery and dairy stop at their next step.
 * The same program as the lesson's Go code.
 */
public final class FirstErrorDemo implements Demo {

    @Override
    public String name() {
        return "first-error";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "An errgroup: the fishmonger's error cancels the bakery's and the dairy's orders.";
    }

    @Override
    public void run(DemoContext demo) {
        PrintStream out = demo.out();
        ErrGroup g = ErrGroup.withContext(Context.background());
        for (String s : new String[] {"bakery", "dairy", "fishmonger"}) {
            g.go(s, () -> order(out, g.context(), s));
        }
        Exception first = g.await();
        if (first != null) {
            out.println("main: first error: " + first.getMessage());
        }
    }

    /** Ten steps of 50 ms, or stop when the context is canceled. Throws to fail. */
    private static void order(PrintStream out, Context ctx, String supplier) throws Exception {
        for (int step = 1; step <= 10; step++) {
            if (supplier.equals("fishmonger") && step == 3) {
                throw new Exception("fishmonger: no fish today");
            }
            boolean[] stopped = {false};
            Select.select(
                    Select.receive(Go.after(Duration.ofMillis(50)), t -> { }),
                    Select.receive(ctx.done(), x -> stopped[0] = true));
            if (stopped[0]) {
                out.println(supplier + " stopped: " + ctx.err().getMessage());
                throw ctx.err();
            }
        }
        out.println(supplier + " delivered");
    }
}
