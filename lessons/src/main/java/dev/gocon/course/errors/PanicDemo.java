package dev.gocon.course.errors;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A panic in one goroutine ends the whole run, as in Go: the {@code fishmonger} throws, and the
 * {@code bakery} and {@code dairy}, still working, never finish. It ends on purpose with a panic.
 *
 * <p>Not in the lesson's list of demos yet: the course's demo test accepts a failing end only from
 * demos named {@code deadlock*}. {@code ErrorsDemosTest} runs it under both schedulers.
 */
public final class PanicDemo implements Demo {

    @Override
    public String name() {
        return "panic";
    }

    @Override
    public String summary() {
        return "An exception escaping one goroutine is a panic: the whole run ends (on purpose).";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> delivered = Channel.make("delivered");
        for (String s : new String[] {"bakery", "dairy"}) {
            Go.go(s, () -> {
                Go.sleep(Duration.ofMillis(500)); // still working when the panic comes
                delivered.send(s);
            });
        }
        Go.go("fishmonger", () -> {
            Go.sleep(Duration.ofMillis(100));
            throw new IllegalStateException("no fish today"); // escapes: a panic
        });
        for (int i = 0; i < 2; i++) { // the panic at 100 ms ends the run while main waits here
            out.println(delivered.receive() + " delivered"); // never printed
        }
    }
}
