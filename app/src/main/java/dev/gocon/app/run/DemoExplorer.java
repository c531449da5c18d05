package dev.gocon.app.run;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Exploration;
import dev.gocon.go.Explorer;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --explore}: what a demo can come to under different schedules of the stepped scheduler,
 * with a seed that replays each outcome.
 *
 * <p>An outcome is what the demo printed, or the deadlock or panic that ended it. {@code --explore N}
 * tries seeds 1 to N. {@code --explore all} tries every schedule, depth first, for small demos; since
 * learners replay runs with {@code --seed}, it then looks for a seed that gives each outcome it found.
 */
public final class DemoExplorer {

    /** Exhaustive search: the longest run it follows, in scheduling steps. */
    static final long STEP_LIMIT = 5_000;
    /** Exhaustive search: the most schedules it tries before calling the demo too large. */
    static final int MAX_SCHEDULES = 20_000;
    /** After an exhaustive search: how many seeds it tries to find one per outcome. */
    static final int SEEDS_TO_MATCH = 2_000;

    private final Demo demo;
    private final Map<String, String> options;

    public DemoExplorer(Demo demo, Map<String, String> options) {
        this.demo = demo;
        this.options = options;
    }

    /** The outcomes of seeds 1 to {@code runs}, most frequent first. */
    public Exploration<String> seeds(int runs) {
        return Explorer.seeds(RunConfig.stepped(1), 1, runs, this::outcome);
    }

    /** The outcomes of every schedule, or of as many as fit the limits (then not complete). */
    public Exploration<String> everySchedule() {
        return Explorer.exhaustive(RunConfig.stepped(0), STEP_LIMIT, MAX_SCHEDULES, this::outcome);
    }

    /** What one run of the demo comes to. */
    private String outcome(RunConfig config) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RunReport report = Go.run(config, () -> demo.run(new DemoContext(printed, 1, true, options)));
        String output = buffer.toString(StandardCharsets.UTF_8).strip();
        return switch (report.outcome()) {
            case OK, STOPPED -> output.isEmpty() ? "(no output)" : output;
            case DEADLOCK -> "deadlock";
            case PANIC -> "panic: " + report.failure().getMessage();
            case STEP_LIMIT -> "step limit";
        };
    }

    /**
     * The histogram, one line per outcome: {@code  71%  seed 3    counter=2000}. A multi-line output
     * is shown on one line, joined by {@code " / "}. Outcomes of an exhaustive search get the first
     * seed that reproduces them, when one of the first few thousand does.
     */
    public List<String> format(Exploration<String> exploration) {
        Map<String, Long> seedFor = new HashMap<>();
        boolean bySchedule = exploration.histogram().stream().anyMatch(e -> e.firstSeed() < 0);
        if (bySchedule) {
            for (long seed = 1; seed <= SEEDS_TO_MATCH && seedFor.size() < exploration.histogram().size(); seed++) {
                seedFor.putIfAbsent(outcome(RunConfig.stepped(seed)), seed);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Exploration.Entry<String> e : exploration.histogram()) {
            long seed = e.firstSeed() >= 0 ? e.firstSeed() : seedFor.getOrDefault(e.outcome(), -1L);
            String replay = seed >= 0 ? String.format("seed %-5d", seed) : "no seed  ";
            lines.add(String.format("%4d%%  %s %s", Math.round(e.share() * 100), replay,
                    e.outcome().replace("\n", " / ")));
        }
        if (!exploration.message().isEmpty()) {
            lines.add(exploration.message());
        }
        return lines;
    }
}
