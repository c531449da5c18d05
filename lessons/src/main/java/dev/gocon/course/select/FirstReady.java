package dev.gocon.course.select;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import java.io.PrintStream;

/**
 * Two dishes already waiting, each in a channel with room for one, two trips: the first select has two ready cases and picks one at
 * random. The lesson's Go program prints the same lines, in one of the two orders.
 */
public final class FirstReady implements Demo {

    @Override
    public String name() {
        return "first-ready";
    }

    @Override
    public String summary() {
        return "Two ready cases: select picks one at random, not the first written.";
    }

    @Override
    public long rehearsedSeed() {
        return 1;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> soup = Channel.make("soup", 1);
        Channel<String> cake = Channel.make("cake", 1);
        soup.send("tomato soup"); // both dishes are already waiting
        cake.send("lemon cake");
        for (int trip = 1; trip <= 2; trip++) {
            select(receive(soup, dish -> out.println("the waiter carries the " + dish)),
                    receive(cake, dish -> out.println("the waiter carries the " + dish)));
        }
    }
}
