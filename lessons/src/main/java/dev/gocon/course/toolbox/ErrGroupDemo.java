package dev.gocon.course.toolbox;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.ErrGroup;
import dev.gocon.go.Go;
import java.time.Duration;

/**
 * errgroup with a limit, the gocon way: an ErrGroup for the first error and a rail of three slots for
 * the limit, since gocon's ErrGroup has no SetLimit. Page 7 fails; await returns its error once every
 * fetch has returned. The Java program of the lesson.
 */
public final class ErrGroupDemo implements Demo {

    @Override
    public String name() {
        return "errgroup";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String summary() {
        return "An ErrGroup of nine fetches, three at a time; the first error comes back.";
    }

    @Override
    public void run(DemoContext ctx) {
        Channel<Boolean> slots = Channel.make("slots", 3); // 3 slots
        ErrGroup g = new ErrGroup();
        for (int page = 1; page <= 9; page++) {
            int p = page;
            g.go("fetch-" + p, () -> {
                slots.send(true); // take a slot; waits while 3 are taken
                try {
                    Go.sleep(Duration.ofMillis(50)); // fetch the page
                    if (p == 7) {
                        throw new Exception("page 7: not found");
                    }
                } finally {
                    slots.receive(); // give it back
                }
            });
        }
        Exception err = g.await(); // after all have returned
        ctx.out().println("first error: " + err.getMessage());
    }
}
