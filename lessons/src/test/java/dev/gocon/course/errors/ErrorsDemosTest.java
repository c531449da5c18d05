package dev.gocon.course.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One result per order under every seed; a panic in a goroutine ends the run and names it. */
class ErrorsDemosTest {

    record Outcome(RunReport report, String out) {
    }

    static Outcome run(Demo demo, RunConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, config.stepped(), Map.of());
        RunReport report = Go.run(config, () -> demo.run(ctx));
        return new Outcome(report, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void resultsArriveOnePerOrderUnderEverySeed() {
        String expected = """
                bakery delivered 3 crates
                dairy delivered 4 crates
                fishmonger failed: no fish today
                grocer delivered 6 crates
                total 13 crates, 1 order failed
                """;
        for (long seed = 1; seed <= 20; seed++) {
            Outcome o = run(new ResultsDemo(), RunConfig.stepped(seed));
            o.report().throwIfFailed();
            assertEquals(expected, o.out(), "seed " + seed);
        }
    }

    @Test
    void aPanicInAGoroutineEndsTheRunAndNamesIt() {
        for (RunConfig config : new RunConfig[] {RunConfig.stepped(1), RunConfig.nativeScheduler()}) {
            Outcome o = run(new PanicDemo(), config);
            assertEquals(RunReport.Outcome.PANIC, o.report().outcome());
            assertTrue(o.report().failure().goroutine().contains("fishmonger"),
                    o.report().failure().goroutine());
            assertInstanceOf(IllegalStateException.class, o.report().failure().getCause());
            assertEquals("", o.out(), "nobody else finished, under " + config);
        }
    }
}
