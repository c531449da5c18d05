package dev.gocon.course.select;

import static dev.gocon.go.Select.otherwise;
import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import java.io.PrintStream;

/** A select with an otherwise case (Go's default) never blocks. Same lines as the Go program. */
public final class NoWait implements Demo {

    @Override
    public String name() {
        return "no-wait";
    }

    @Override
    public String summary() {
        return "otherwise (Go's default): look, and move on if nothing is there.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> plates = Channel.make("plates", 1); // room for one plate
        for (int round = 1; round <= 3; round++) {
            int r = round;
            select(receive(plates, dish -> out.println("round " + r + " - carry the " + dish)),
                    otherwise(() -> out.println("round " + r + " - nothing yet, fold napkins")));
            if (round == 2) {
                plates.send("goat stew"); // the kitchen puts a dish out
            }
        }
    }
}
