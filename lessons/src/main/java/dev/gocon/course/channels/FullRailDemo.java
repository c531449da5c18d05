package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.ReceiveChannel;
import dev.gocon.go.SendChannel;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The waiter (main) clips five tickets on a ticket rail of three while a slow grill station takes
 * them off: the waiter blocks only while the ticket rail is full.
 */
public final class FullRailDemo implements Demo {

    static final Duration COOKING = Duration.ofMillis(100);

    @Override
    public String name() {
        return "full-rail";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Five tickets on a ticket rail of three: the sender blocks only while the buffer is full.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> rail = Channel.make("rail", 3); // room for three tickets
        Channel<Boolean> done = Channel.make("done");
        Go.go("grill", () -> grill(out, rail.receiveOnly(), done.sendOnly()));
        for (String t : List.of("soup", "steak", "cake", "pie", "salad")) {
            rail.send(t); // blocks only while the rail is full
            out.println("waiter: clipped " + t);
        }
        rail.close();
        done.receive();
    }

    /** Takes tickets off the rail, one at a time, until it is closed. */
    static void grill(PrintStream out, ReceiveChannel<String> rail, SendChannel<Boolean> done) {
        for (String ticket : rail) {
            Go.sleep(COOKING); // cooking
            out.println("grill: served " + ticket);
        }
        done.send(true);
    }
}
