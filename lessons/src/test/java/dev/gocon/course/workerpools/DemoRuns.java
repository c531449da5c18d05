package dev.gocon.course.workerpools;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs one demo as the runner does, and keeps what it printed and how the run ended. */
record DemoRuns(String output, RunReport report) {

    /** Runs {@code demo} under the stepped scheduler with {@code seed}, or natively if seed is null. */
    static DemoRuns run(Demo demo, Long seed, int procs, Map<String, String> options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, procs, seed != null, options);
        RunConfig config = seed == null ? RunConfig.nativeScheduler() : RunConfig.stepped(seed);
        RunReport report = Go.run(config, () -> demo.run(ctx));
        out.flush();
        return new DemoRuns(bytes.toString(StandardCharsets.UTF_8), report);
    }

    static DemoRuns run(Demo demo, Long seed) {
        return run(demo, seed, 2, Map.of());
    }
}
