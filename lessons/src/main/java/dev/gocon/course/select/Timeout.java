package dev.gocon.course.select;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.trace.TimeScale;
import java.io.PrintStream;
import java.time.Duration;

/** The chicken takes three hours, the table waits one: the timer case wins. Same lines as the Go program. */
public final class Timeout implements Demo {

    static final Duration HOUR = Duration.ofMillis(100); // one hour of kitchen time

    @Override
    public String name() {
        return "timeout";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public TimeScale timeScale() {
        return TimeScale.of("h", HOUR);
    }

    @Override
    public String summary() {
        return "A select with Go.after: stop waiting after an hour.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        // A buffer of 1 lets the grill hand over the chicken and finish, even when nobody waits.
        Channel<String> chicken = Channel.make("chicken", 1);
        Go.go("grill", () -> {
            Go.sleep(HOUR.multipliedBy(3)); // the grill is slow tonight
            chicken.send("grilled chicken");
        });
        out.println("table 4 orders the grilled chicken");
        select(receive(chicken, dish -> out.println("table 4 gets the " + dish)),
                receive(Go.after(HOUR), t -> out.println("an hour passed: table 4 gets soup instead")));
    }
}
