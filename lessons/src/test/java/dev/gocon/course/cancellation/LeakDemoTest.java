package dev.gocon.course.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The leak is reported at the end of the run, naming the goroutine and the channel it waits on. */
class LeakDemoTest {

    record Outcome(RunReport report, String out) {
    }

    static Outcome run(Demo demo, RunConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, config.stepped(), Map.of());
        RunReport report = Go.run(config, () -> demo.run(ctx));
        report.throwIfFailed();
        return new Outcome(report, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLeakedFeedIsNamedWithItsChannel() {
        for (RunConfig config : List.of(RunConfig.stepped(1), RunConfig.stepped(7),
                RunConfig.nativeScheduler())) {
            Outcome o = run(new LeakDemo(), config);
            assertEquals("price 100\nprice 101\nprice 102\ngoroutines alive: 2\n", o.out());
            List<RunReport.LeakedGoroutine> leaked = o.report().leaked();
            assertEquals(1, leaked.size(), o.report().formatLeaks());
            assertEquals("feed", leaked.get(0).name());
            assertEquals("chan send", leaked.get(0).state());
            assertEquals("prices", leaked.get(0).object());
        }
    }
}
