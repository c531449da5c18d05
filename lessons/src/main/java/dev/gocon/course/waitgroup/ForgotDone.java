package dev.gocon.course.waitgroup;

import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;

/** The bug: a dish forgets done. The head chef waits for ever; main gives up after a timeout. */
public final class ForgotDone implements Demo {

    @Override
    public String name() {
        return "forgot-done";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "Bug: a forgotten done, so await never returns; a timeout shows it.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        WaitGroup wg = new WaitGroup("dishes");
        wg.add(2);
        Go.go("soup", () -> {
            try {
                out.println("the soup is plated");
            } finally {
                wg.done();
            }
        });
        Go.go("stew", () -> out.println("the stew is plated")); // BUG: no done

        Channel<Void> finished = Channel.make("finished");
        Go.go("head-chef", () -> {
            wg.await();
            finished.close();
        });
        select(receive(finished, f -> out.println("all plated")),
                receive(Go.after(Duration.ofMillis(500)),
                        t -> out.println("still waiting: somebody forgot done")));
    }
}
