package dev.gocon.course.cancellation;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Context;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Cancelling a tree: main's context, a child per station, two dishes per station. One cancel in main
 * reaches all six goroutines. The same program as the lesson's Go code.
 */
public final class TreeDemo implements Demo {

    @Override
    public String name() {
        return "tree";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "One cancel() stops two stations and their four dishes, through child contexts.";
    }

    @Override
    public void run(DemoContext demo) {
        PrintStream out = demo.out();
        Context.Cancelable ctx = Context.withCancel(Context.background());
        WaitGroup stations = new WaitGroup("stations");
        stations.go("grill", () -> station(out, ctx, "grill", List.of("steak", "fish")));
        stations.go("pastry", () -> station(out, ctx, "pastry", List.of("tart", "cake")));
        Go.sleep(Duration.ofMillis(200));
        out.println("main: closing the kitchen");
        ctx.cancel(); // one call reaches all six goroutines
        stations.await();
        out.println("main: everyone has stopped");
    }

    /** A station prepares two dishes, each a goroutine, under its own child context. */
    private static void station(PrintStream out, Context parent, String name, List<String> menu) {
        Context.Cancelable ctx = Context.withCancel(parent); // a child of main's
        try {
            WaitGroup dishes = new WaitGroup(name + "-dishes");
            for (String item : menu) {
                String dish = name + "-" + item;
                dishes.go(dish, () -> prepare(out, ctx, dish));
            }
            dishes.await();
            out.println(name + " stopped: both dishes are done");
        } finally {
            ctx.cancel();
        }
    }

    /** Works in short steps and checks the context between them. */
    private static void prepare(PrintStream out, Context ctx, String name) {
        boolean[] stopped = {false};
        while (!stopped[0]) {
            Select.select(
                    Select.receive(ctx.done(), x -> {
                        out.println(name + " stopped: " + ctx.err().getMessage());
                        stopped[0] = true;
                    }),
                    Select.receive(Go.after(Duration.ofMillis(50)), t -> {
                        // one more step of work
                    }));
        }
    }
}
