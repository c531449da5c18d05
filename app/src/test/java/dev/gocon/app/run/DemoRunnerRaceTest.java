package dev.gocon.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.term.Style;
import dev.gocon.app.render.trace.TraceMode;
import dev.gocon.app.term.Console;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Mutex;
import dev.gocon.go.Shared;
import dev.gocon.go.WaitGroup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --race} on a demo: Go's report after the trace and exit status 66, or nothing at all. */
@Timeout(60)
class DemoRunnerRaceTest {

    /** Two adders of one counter, with or without a mutex around the increment. */
    private record Counter(boolean locked) implements Demo {
        @Override
        public String name() {
            return locked ? "fixed" : "racy-counter";
        }

        @Override
        public String summary() {
            return "two adders";
        }

        @Override
        public void run(DemoContext context) {
            Shared<Integer> counter = Shared.of("counter", 0);
            Mutex mu = new Mutex("mu");
            WaitGroup wg = new WaitGroup();
            for (int i = 1; i <= 2; i++) {
                wg.go("adder-" + i, () -> {
                    if (locked) {
                        mu.lock();
                    }
                    counter.set(counter.get() + 1);
                    if (locked) {
                        mu.unlock();
                    }
                });
            }
            wg.await();
            context.out().println("counter = " + counter.get());
        }
    }

    private static String run(Demo demo, Long seed, boolean race, int expectedCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Style style = new Style(Console.piped(Map.of()), false);
        RunSettings settings = new RunSettings(TraceMode.LOG, false, seed, false, 1, 0, null, race);
        int code = new DemoRunner(style, out).run(demo, settings, Map.of());
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, printed);
        return printed;
    }

    @Test
    void aRaceIsReportedAfterTheTraceAndExitsWith66() {
        for (Long seed : new Long[] {null, 1L, 2L, 3L}) {
            String printed = run(new Counter(false), seed, true, ExitCode.RACE);
            int trace = printed.indexOf(" race ");
            int report = printed.indexOf("WARNING: DATA RACE");
            assertTrue(trace >= 0 && report > trace, printed);
            assertTrue(printed.contains("counter = "), printed);
            assertTrue(printed.contains(" at counter by goroutine "), printed);
            assertTrue(printed.endsWith("data race(s)\n"), printed);
        }
    }

    @Test
    void theFixedDemoAndARunWithoutTheFlagReportNothing() {
        for (Long seed : new Long[] {null, 1L, 2L, 3L}) {
            assertFalse(run(new Counter(true), seed, true, ExitCode.OK).contains("DATA RACE"));
            assertFalse(run(new Counter(false), seed, false, ExitCode.OK).contains("DATA RACE"));
        }
    }
}
