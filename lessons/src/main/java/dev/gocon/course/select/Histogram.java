package dev.gocon.course.select;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Channel;
import java.io.PrintStream;
import java.util.List;

/** Many trips with both cases always ready: the counts come out close to half and half. */
public final class Histogram implements Demo {

    @Override
    public String name() {
        return "histogram";
    }

    @Override
    public String summary() {
        return "A thousand selects over two ready channels: each wins about half.";
    }

    @Override
    public long rehearsedSeed() {
        return 3;
    }

    @Override
    public List<DemoOption> options() {
        return List.of(new DemoOption("--trips", "N", "1000", "how many selects to make"));
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        int trips = Integer.parseInt(ctx.option("--trips", "1000"));
        Channel<String> soup = Channel.make("soup", 1);
        Channel<String> cake = Channel.make("cake", 1);
        int[] picks = new int[2]; // soup, cake
        for (int trip = 0; trip < trips; trip++) {
            soup.send("soup"); // refill both: two cases are always ready
            cake.send("cake");
            int chosen = select(receive(soup, d -> { }), receive(cake, d -> { }));
            picks[chosen]++;
            (chosen == 0 ? cake : soup).receive(); // clear the other plate
        }
        int scale = Math.max(1, trips / 50);
        out.println(String.format("%-4s %4d %s", "soup", picks[0], "#".repeat(picks[0] / scale)));
        out.println(String.format("%-4s %4d %s", "cake", picks[1], "#".repeat(picks[1] / scale)));
    }
}
