package dev.gocon.course;

import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One run of a demo as the runner does it, for lesson tests: what it printed and how the run ended.
 *
 * @param output what the demo printed
 * @param report how the run ended, with its leaks
 */
public record DemoRun(String output, RunReport report) {

    /** Runs {@code demo} under the stepped scheduler with {@code seed}, or natively if seed is null. */
    public static DemoRun run(Demo demo, Long seed, int procs, Map<String, String> options) {
        return run(demo, seed, procs, options, false);
    }

    /**
     * {@link #run(Demo, Long)} with the race detector on, as {@code --race} runs a demo: the report's
     * {@link RunReport#races()} holds what it found.
     */
    public static DemoRun withRaceDetector(Demo demo, Long seed) {
        return run(demo, seed, 2, Map.of(), true);
    }

    private static DemoRun run(Demo demo, Long seed, int procs, Map<String, String> options, boolean race) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, procs, seed != null, options);
        RunConfig config = seed == null ? RunConfig.nativeScheduler() : RunConfig.stepped(seed);
        RunReport report = Go.run(race ? config.withRaceDetector() : config, () -> demo.run(ctx));
        out.flush();
        return new DemoRun(bytes.toString(StandardCharsets.UTF_8), report);
    }

    /** {@link #run(Demo, Long, int, Map)} on two carriers, with the demo's default options. */
    public static DemoRun run(Demo demo, Long seed) {
        return run(demo, seed, 2, Map.of());
    }
}
