package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Received;
import dev.gocon.go.SendChannel;
import java.io.PrintStream;
import java.util.List;

/** The kitchen sends three plates and closes; main ranges over them, then receives once more. */
public final class CloseAndRangeDemo implements Demo {

    @Override
    public String name() {
        return "close-and-range";
    }

    @Override
    public String summary() {
        return "Close ends a range loop; a receive on a closed channel says ok=false.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> plates = Channel.make("plates", 2);
        Go.go("kitchen", () -> kitchen(plates.sendOnly()));
        for (String dish : plates) { // stops once plates is closed and empty
            out.println("served " + dish);
        }
        Received<String> r = plates.receiveOk();
        out.printf("after close: \"%s\", ok=%b%n", r.value() == null ? "" : r.value(), r.ok());
    }

    /** Only sends on plates, then closes it. */
    static void kitchen(SendChannel<String> plates) {
        for (String dish : List.of("soup", "steak", "cake")) {
            plates.send(dish);
        }
        plates.close(); // no more plates tonight
    }
}
