package dev.gocon.course;

import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One run of a demo with the race detector on, as {@code gocon lesson <id> --demo NAME --race} makes it:
 * what it printed and the run's report, races included. Shared by the tests of the lessons on races,
 * atomics and the sync toolbox.
 *
 * @param output what the demo printed
 * @param report how the run ended, with the races found
 */
public record RaceRun(String output, RunReport report) {

    /** Runs {@code demo} with the race detector, under the stepped scheduler with {@code seed}, or natively if null. */
    public static RaceRun run(Demo demo, Long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, seed != null, Map.of());
        RunConfig config = seed == null ? RunConfig.nativeScheduler() : RunConfig.stepped(seed);
        RunReport report = Go.run(config.withRaceDetector(), () -> demo.run(ctx));
        out.flush();
        return new RaceRun(bytes.toString(StandardCharsets.UTF_8), report);
    }
}
