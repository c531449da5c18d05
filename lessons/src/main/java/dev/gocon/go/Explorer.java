package dev.gocon.go;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one program under many schedules of the stepped scheduler and collects its outcomes: the
 * engine of {@code --explore}.
 *
 * <p>The caller decides what an outcome is. A {@link Trial} receives the {@link RunConfig} to use,
 * runs the program with {@link Go#run(RunConfig, Task)} exactly once, and returns its outcome, for
 * example the printed output plus {@link RunReport#outcomeLabel()} when the run did not end well:
 * <pre>{@code
 * Exploration<String> e = Explorer.seeds(RunConfig.stepped(0), 1, 200, config -> {
 *     var out = new ByteArrayOutputStream();
 *     RunReport r = Go.run(config, () -> demo.run(contextPrintingTo(out)));
 *     return r.ok() ? out.toString().strip() : r.outcomeLabel();
 * });
 * System.out.println(e.format());     // counter=2 71% seed 3 | counter=1 29% seed 8
 * }</pre>
 * Every outcome comes with the seed (or schedule) that first produced it, so it can be replayed.
 */
public final class Explorer {

    private Explorer() {
    }

    /** Runs the program once under the given configuration and says what happened. */
    @FunctionalInterface
    public interface Trial<O> {
        O run(RunConfig config) throws Exception;
    }

    /**
     * Runs {@code trial} under the seeds {@code firstSeed .. firstSeed + count - 1}.
     *
     * @param base the configuration to start from (its scheduler is forced to stepped, its seed
     *             replaced); keep its sink null for speed
     */
    public static <O> Exploration<O> seeds(RunConfig base, long firstSeed, int count, Trial<O> trial) {
        Histogram<O> h = new Histogram<>();
        for (int i = 0; i < count; i++) {
            long seed = firstSeed + i;
            Captured c = new Captured();
            RunConfig config = steppedFrom(base).withSeed(seed).withOnReport(c::set);
            O o = call(trial, config);
            h.add(o, seed, c.report == null ? List.of() : c.report.choices());
        }
        return h.done(count, true, "");
    }

    /** {@link #seeds} with the run's {@link RunReport#outcomeLabel()} as the outcome. */
    public static Exploration<String> seeds(long firstSeed, int count, Task main) {
        return seeds(RunConfig.stepped(firstSeed), firstSeed, count, c -> Go.run(c, main).outcomeLabel());
    }

    /**
     * Tries every schedule, depth first over every decision (which goroutine runs next, which ready
     * select case runs), for small programs: {@code --explore all}.
     *
     * <p>The search gives up, with {@link Exploration#complete()} false and a message starting with
     * {@code "too large"}, when it has made {@code maxRuns} runs, or when a run needs more than
     * {@code stepLimit} steps.
     */
    public static <O> Exploration<O> exhaustive(RunConfig base, long stepLimit, int maxRuns, Trial<O> trial) {
        Histogram<O> h = new Histogram<>();
        List<Integer> prefix = List.of();
        int runs = 0;
        while (true) {
            if (runs == maxRuns) {
                return h.done(runs, false, "too large: stopped after " + maxRuns
                        + " schedules without covering them all; showing what those runs found");
            }
            Captured c = new Captured();
            RunConfig config = steppedFrom(base).withChooser(Chooser.first()).withReplay(prefix)
                    .withStepLimit(stepLimit).withOnReport(c::set);
            O o = call(trial, config);
            runs++;
            RunReport r = c.report;
            if (r == null) {
                throw new IllegalStateException("the trial must call Go.run with the config it is given");
            }
            if (r.outcome() == RunReport.Outcome.STEP_LIMIT) {
                h.add(o, -1, r.choices());
                return h.done(runs, false, "too large: a schedule ran past the step limit of " + stepLimit
                        + " steps; raise the limit or explore by seeds");
            }
            h.add(o, -1, r.choices());
            List<Integer> ch = r.choices();
            List<Integer> w = r.choiceWidths();
            int i = ch.size() - 1;
            while (i >= 0 && ch.get(i) + 1 >= w.get(i)) {
                i--;
            }
            if (i < 0) {
                return h.done(runs, true, "");
            }
            List<Integer> next = new ArrayList<>(ch.subList(0, i));
            next.add(ch.get(i) + 1);
            prefix = next;
        }
    }

    /** {@link #exhaustive} with the run's {@link RunReport#outcomeLabel()} as the outcome. */
    public static Exploration<String> exhaustive(long stepLimit, int maxRuns, Task main) {
        return exhaustive(RunConfig.stepped(0), stepLimit, maxRuns, c -> Go.run(c, main).outcomeLabel());
    }

    private static RunConfig steppedFrom(RunConfig base) {
        return base.stepped() ? base : new RunConfig(base.sink(), true, base.seed(), base.pace(), base.chooser(),
                base.stepLimit(), base.replay(), base.onReport(), base.raceDetector());
    }

    private static <O> O call(Trial<O> trial, RunConfig config) {
        try {
            return trial.run(config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("trial failed: " + e, e);
        }
    }

    private static final class Captured {
        RunReport report;

        void set(RunReport r) {
            report = r;
        }
    }

    private static final class Histogram<O> {
        private final Map<O, long[]> counts = new LinkedHashMap<>();
        private final Map<O, List<Integer>> schedules = new LinkedHashMap<>();

        void add(O o, long seed, List<Integer> schedule) {
            long[] c = counts.get(o);
            if (c == null) {
                counts.put(o, new long[]{1, seed});
                schedules.put(o, schedule);
            } else {
                c[0]++;
            }
        }

        Exploration<O> done(int runs, boolean complete, String message) {
            List<Exploration.Entry<O>> entries = new ArrayList<>();
            for (var e : counts.entrySet()) {
                long[] c = e.getValue();
                entries.add(new Exploration.Entry<>(e.getKey(), (int) c[0], runs == 0 ? 0 : (double) c[0] / runs,
                        c[1], schedules.get(e.getKey())));
            }
            entries.sort((a, b) -> Integer.compare(b.count(), a.count()));
            return new Exploration<>(entries, runs, complete, message);
        }
    }

}
