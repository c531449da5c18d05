package dev.gocon.course.errors;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Four suppliers send one result each, a value or an error, on one channel; main receives exactly
 * four. The same program as the lesson's first Go code.
 */
public final class ResultsDemo implements Demo {

    /** A value or an error: exactly one of them is set. */
    record Result(String supplier, int crates, Exception err) {
    }

    @Override
    public String name() {
        return "results";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Each goroutine sends back a value or an error; main counts exactly one per order.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        List<String> suppliers = List.of("bakery", "dairy", "fishmonger", "grocer");
        Channel<Result> results = Channel.make("out");
        for (int i = 0; i < suppliers.size(); i++) {
            String s = suppliers.get(i);
            int crates = 3 + i;
            Go.go(s, () -> order(s, crates, results));
        }
        int total = 0;
        int failed = 0;
        for (int i = 0; i < suppliers.size(); i++) { // exactly one result per order
            Result r = results.receive();
            if (r.err() != null) {
                out.println(r.supplier() + " failed: " + r.err().getMessage());
                failed++;
                continue;
            }
            out.println(r.supplier() + " delivered " + r.crates() + " crates");
            total += r.crates();
        }
        out.println("total " + total + " crates, " + failed + " order failed");
    }

    private static void order(String supplier, int crates, Channel<Result> out) {
        Go.sleep(Duration.ofMillis(crates * 100L));
        if (supplier.equals("fishmonger")) {
            out.send(new Result(supplier, 0, new Exception("no fish today")));
            return;
        }
        out.send(new Result(supplier, crates, null));
    }
}
