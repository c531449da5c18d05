package dev.gocon.course.kitchens;

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
 * default on a two-core machine). The lemon cake's baker decides the sugar level and hands it
 * to the cupcakes' baker over the channel {@code sugar}. The lesson's Go program prints the same
 * lines.
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
        Channel<Integer> sugar = Channel.make("sugar"); // the bakers' decision
        WaitGroup wg = new WaitGroup("dishes"); // the tally board
        wg.add(4);
        Go.go("lemon-cake", () -> bake("lemon cake", true, sugar, wg, clock, out));
        Go.go("cupcakes", () -> bake("strawberry cupcakes", false, sugar, wg, clock, out));
        Go.go("chicken", () -> roast("grilled chicken", wg, clock, out));
        Go.go("goat-stew", () -> roast("goat stew", wg, clock, out));
        wg.await();
        out.println("all four dishes ready after about " + clock.hours() + " hours");
    }

    private static void bake(String dish, boolean decides, Channel<Integer> sugar, WaitGroup wg,
            KitchenClock clock, PrintStream out) {
        try {
            clock.work(); // mix the batter
            int spoons = 3;
            if (decides) {
                sugar.send(spoons); // hand the decision over
            } else {
                spoons = sugar.receive(); // wait for it
            }
            out.println(dish + " gets " + spoons + " spoons of sugar");
            clock.wait(120); // in the oven: no hands needed
            clock.work(); // decorate
            out.println(dish + " is ready");
        } finally {
            wg.done();
        }
    }

    private static void roast(String dish, WaitGroup wg, KitchenClock clock, PrintStream out) {
        try {
            clock.work(); // chop and season
            clock.wait(120); // on the grill, in the pot
            clock.work(); // carve and serve
            out.println(dish + " is ready");
        } finally {
            wg.done();
        }
    }
}
