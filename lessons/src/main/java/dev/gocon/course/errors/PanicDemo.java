package dev.gocon.course.errors;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A panic in one goroutine ends the whole run, as in Go: the {@code fishmonger} throws, and the
 * {@code bakery} and {@code dairy}, still working, never finish. It ends on purpose with a panic.
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
        WaitGroup wg = new WaitGroup("suppliers");
        for (String s : new String[] {"bakery", "dairy"}) {
            wg.go(s, () -> {
                Go.sleep(Duration.ofMillis(500)); // still working when the panic comes
                out.println(s + " delivered"); // never printed
            });
        }
        wg.go("fishmonger", () -> {
            Go.sleep(Duration.ofMillis(100));
            throw new IllegalStateException("no fish today"); // escapes: a panic
        });
        wg.await();
        out.println("never printed: the run ended with the panic");
    }
}
