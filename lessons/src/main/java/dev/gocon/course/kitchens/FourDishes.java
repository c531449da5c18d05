package dev.gocon.course.kitchens;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;
import static dev.gocon.go.Select.send;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import dev.gocon.trace.TimeScale;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Four dishes, two hours each, cooked as four goroutines on the carriers ({@code --procs}, two by
 * default on a two-core machine). The two cakes agree on a sugar level over the channel
 * {@code sugar}: whichever is ready first sends, the other receives. The lesson's Go program prints
 * the same lines.
 */
public final class FourDishes implements Demo {

    @Override
    public String name() {
        return "four-dishes";
    }

    @Override
    public Duration watchTime() {
        return KitchenClock.WATCH;
    }

    @Override
    public TimeScale timeScale() {
        return KitchenClock.SCALE;
    }

    @Override
    public String summary() {
        return "Four dishes in progress on two cooks: about two hours, not eight.";
    }

    @Override
    public long rehearsedSeed() {
        return 1;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        KitchenClock clock = new KitchenClock(ctx);
        Channel<Integer> sugar = Channel.make("sugar"); // the bakers' text
        WaitGroup wg = new WaitGroup("dishes");
        wg.add(4);
        Go.go("lemon-cake", () -> bake("lemon cake", sugar, wg, clock, out));
        Go.go("cupcakes", () -> bake("strawberry cupcakes", sugar, wg, clock, out));
        Go.go("chicken", () -> cook("grilled chicken", wg, clock, out));
        Go.go("goat-stew", () -> cook("goat stew", wg, clock, out));
        wg.await();
        out.println("all four dishes ready after about " + clock.hours() + " hours");
    }

    private static void bake(String dish, Channel<Integer> sugar, WaitGroup wg,
            KitchenClock clock, PrintStream out) {
        try {
            clock.work(10); // mix the batter and taste it
            int[] spoons = {3};
            select(receive(sugar, s -> spoons[0] = s), // the other baker decided first
                    send(sugar, 3, () -> { })); // we decided first: text the other baker
            out.println(dish + " gets " + spoons[0] + " spoons of sugar");
            clock.wait(100); // in the oven: no hands needed
            clock.work(10); // decorate
            out.println(dish + " is ready");
        } finally {
            wg.done();
        }
    }

    private static void cook(String dish, WaitGroup wg, KitchenClock clock, PrintStream out) {
        try {
            clock.work(10); // chop and season
            clock.wait(100); // on the grill, in the pot
            clock.work(10); // carve and serve
            out.println(dish + " is ready");
        } finally {
            wg.done();
        }
    }
}
