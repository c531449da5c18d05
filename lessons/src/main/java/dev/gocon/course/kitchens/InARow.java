package dev.gocon.course.kitchens;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.trace.TimeScale;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The same menu cooked by the main goroutine alone, one dish after another: eight hours. */
public final class InARow implements Demo {

    @Override
    public String name() {
        return "in-a-row";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(20);
    }

    @Override
    public TimeScale timeScale() {
        return KitchenClock.SCALE;
    }

    @Override
    public String summary() {
        return "One dish after another, with no concurrency: eight hours.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        KitchenClock clock = new KitchenClock(ctx);
        for (String dish : List.of("lemon cake", "strawberry cupcakes", "grilled chicken",
                "goat stew")) {
            clock.work(); // prepare
            clock.wait(120); // oven, grill or pot: and nobody starts the next dish meanwhile
            clock.work(); // finish
            out.println(dish + " is ready");
        }
        out.println("all four dishes ready after about " + clock.hours() + " hours");
    }
}
