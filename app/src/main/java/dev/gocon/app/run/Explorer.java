package dev.gocon.app.run;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --explore N}: runs a demo under N seeds of the stepped scheduler, without rendering, and
 * counts its outcomes. An outcome is what the demo printed, or the deadlock or panic that ended it.
 * Each outcome keeps the first seed that produced it, so any of them can be replayed with
 * {@code --seed}.
 */
public final class Explorer {

    /** One outcome: its text, how many runs ended with it, and the first seed that did. */
    public record Outcome(String text, int count, long firstSeed) {}

    /** The outcomes of {@code runs} seeds (1 to {@code runs}), most frequent first. */
    public static List<Outcome> explore(Demo demo, int runs, Map<String, String> demoOptions) {
        Map<String, long[]> seen = new LinkedHashMap<>();
        for (long seed = 1; seed <= runs; seed++) {
            String outcome = outcome(demo, seed, demoOptions);
            long[] entry = seen.computeIfAbsent(outcome, k -> new long[] {0, 0});
            if (entry[0]++ == 0) {
                entry[1] = seed;
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        seen.forEach((text, entry) -> outcomes.add(new Outcome(text, (int) entry[0], entry[1])));
        outcomes.sort(Comparator.comparingInt(Outcome::count).reversed().thenComparingLong(Outcome::firstSeed));
        return outcomes;
    }

    /** What one seeded run of the demo comes to. */
    static String outcome(Demo demo, long seed, Map<String, String> demoOptions) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RunReport report = Go.run(RunConfig.stepped(seed),
                () -> demo.run(new DemoContext(printed, 1, true, demoOptions)));
        String output = buffer.toString(StandardCharsets.UTF_8).strip();
        return switch (report.outcome()) {
            case OK, STOPPED -> output.isEmpty() ? "(no output)" : output;
            case DEADLOCK -> "deadlock";
            case PANIC -> "panic: " + report.failure().getMessage();
            case STEP_LIMIT -> "step limit";
        };
    }

    /**
     * The histogram as one line per outcome, in the form
     * {@code  71%  seed 3    counter=2000}; a multi-line output is shown on one line, joined by
     * {@code " / "}.
     */
    public static List<String> format(List<Outcome> outcomes, int runs) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            long percent = Math.round(100.0 * o.count() / runs);
            lines.add(String.format("%4d%%  seed %-5d %s", percent, o.firstSeed(),
                    o.text().replace("\n", " / ")));
        }
        return lines;
    }
}
