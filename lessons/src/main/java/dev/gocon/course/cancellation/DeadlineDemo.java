package dev.gocon.course.cancellation;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Context;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A deadline: the party starts 500 ms from now, soup and steak take 100 ms each,
 * the cake 800 ms, so the cake is not served.
 * The same program as the lesson's Go code.
 */
public final class DeadlineDemo implements Demo {

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Context.withDeadline: what is not ready when the party starts is not served.";
    }

    @Override
    public void run(DemoContext demo) {
        PrintStream out = demo.out();
        // The party starts in 500 ms: a point in time, not a duration.
        Instant partyStarts = Go.now().plus(Duration.ofMillis(500));
        Context.Cancelable ctx = Context.withDeadline(Context.background(), partyStarts);
        try {
            Map<String, Duration> takes = Map.of("soup", Duration.ofMillis(100),
                    "steak", Duration.ofMillis(100), "cake", Duration.ofMillis(800));
            for (String dish : new String[] {"soup", "steak", "cake"}) {
                boolean[] late = {false};
                Select.select(
                        Select.receive(Go.after(takes.get(dish)), // cooking it
                                t -> out.println(dish + " is ready")),
                        Select.receive(ctx.done(), x -> {
                            out.println(dish + " is not served: " + ctx.err().getMessage());
                            late[0] = true;
                        }));
                if (late[0]) {
                    return;
                }
            }
        } finally {
            ctx.cancel();
        }
    }
}
