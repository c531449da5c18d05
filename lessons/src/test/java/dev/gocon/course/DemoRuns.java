package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a lesson's demo the way {@code gocon lesson <id> --demo NAME} does, without a renderer: as the
 * main goroutine of a fresh run, printing into a buffer.
 *
 * <p>A demo whose name starts with {@code deadlock} is meant to end with Go's deadlock report; any
 * other demo must end with main returning.
 */
final class DemoRuns {

    /** How many seeds of the stepped scheduler each demo is run under. */
    static final int SEEDS = 20;

    private DemoRuns() {
    }

    /** The number of carriers of this JVM's virtual-thread scheduler: what {@code --procs} sets. */
    static int procs() {
        return Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
    }

    /** Runs the demo under the native scheduler; returns what it printed. */
    static String nativeRun(Demo demo) {
        return run(demo, RunConfig.nativeScheduler(), false);
    }

    /** Runs the demo under the stepped scheduler with this seed; returns what it printed. */
    static String stepped(Demo demo, long seed) {
        return run(demo, RunConfig.stepped(seed), true);
    }

    /**
     * Runs the demo with the race detector on, natively if {@code seed} is null; returns the run's
     * report, after the same check of how it ended.
     */
    static RunReport withRaceDetector(Demo demo, Long seed) {
        RunConfig config = seed == null ? RunConfig.nativeScheduler() : RunConfig.stepped(seed);
        RunReport[] report = {null};
        run(demo, config.withRaceDetector().withOnReport(r -> report[0] = r), seed != null, RACE_RUN_OPTIONS);
        return report[0];
    }

    /*
     * The race detector keeps a clock and a creation point per goroutine, so the stress demo's
     * 100,000 goroutines (its point is their number) are checked for races at a thousand: the code
     * each of them runs is the same.
     */
    private static final Map<String, String> RACE_RUN_OPTIONS = Map.of("--tasks", "1000");

    /*
     * A demo that listens (echo, chat) listens on any free port, not its default: two builds on one
     * machine, or two runs at once, would otherwise meet on the same port (8082), and one would end
     * with "port 8082 ... is already in use".
     */
    private static Map<String, String> anyFreePort(Demo demo, Map<String, String> options) {
        boolean listens = demo.options().stream().anyMatch(o -> o.name().equals("--port"));
        if (!listens || options.containsKey("--port")) {
            return options;
        }
        Map<String, String> withPort = new java.util.HashMap<>(options);
        withPort.put("--port", "0");
        return withPort;
    }

    private static String run(Demo demo, RunConfig config, boolean stepped) {
        return run(demo, config, stepped, Map.of());
    }

    private static String run(Demo demo, RunConfig config, boolean stepped, Map<String, String> options) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        DemoContext context = new DemoContext(out, procs(), stepped, anyFreePort(demo, options));
        RunReport report = Go.run(config, () -> demo.run(context));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        RunReport.Outcome expected = demo.name().startsWith("deadlock")
                ? RunReport.Outcome.DEADLOCK : RunReport.Outcome.OK;
        assertEquals(expected, report.outcome(), () -> demo.name()
                + (stepped ? " under seed " + config.seed() : " under the native scheduler")
                + " ended with " + report.outcomeLabel()
                + (report.failure() == null ? "" : ": " + report.failure().getMessage())
                + "\nit printed:\n" + printed);
        return printed;
    }
}
