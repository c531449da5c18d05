package dev.gocon.app.run;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How much to slow a demo down so that its story takes about its {@link Demo#watchTime()} to watch.
 *
 * <p>The story's length is measured by a rehearsal: the demo runs once, silently and without a trace,
 * under the stepped scheduler, whose virtual clock counts exactly the time the program waits for
 * (sleeps, timers). A demo that never waits cannot be stretched and plays as fast as it runs.
 */
final class Pacing {

    /** A rehearsal that takes more steps than this is too big to pace (the million-goroutine stress). */
    private static final long REHEARSAL_STEPS = 200_000;

    private Pacing() {
    }

    /** The factor to stretch {@code demo}'s time by: 1 or more. */
    static double stretch(Demo demo, long seed, Map<String, String> demoOptions) {
        long watch = demo.watchTime().toNanos();
        if (watch <= 0) {
            return 1;
        }
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        RunReport rehearsal = Go.run(RunConfig.stepped(seed).withStepLimit(REHEARSAL_STEPS),
                () -> demo.run(new DemoContext(silent, 1, true, demoOptions)));
        if (rehearsal.outcome() == RunReport.Outcome.STEP_LIMIT || rehearsal.nanos() <= 0) {
            return 1;
        }
        return Math.max(1, (double) watch / rehearsal.nanos());
    }
}
