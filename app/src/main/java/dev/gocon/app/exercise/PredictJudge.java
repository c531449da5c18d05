package dev.gocon.app.exercise;

import dev.gocon.course.DemoContext;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.trace.EventSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges an answer to a {@link Predict} exercise by running its program: under the stepped scheduler
 * with the exercise's seed ("what does it print?"), or under many seeds ("which outputs are
 * possible?"). The right answer is what the program does, never a string the author typed.
 */
public final class PredictJudge {

    /** How many seeds "which outputs are possible" explores. */
    public static final int EXPLORED_SEEDS = 200;

    /** The carriers a program runs with (GOMAXPROCS). */
    private static final int PROCS = 2;

    /**
     * What the answer came to.
     *
     * @param right    true if the answer is right
     * @param outcomes each output the program had (normalised), with the first seed that gave it
     */
    public record Judgement(boolean right, Map<String, Long> outcomes) {
    }

    private PredictJudge() {
    }

    /** Judges {@code answer}: choice keys ({@code "a c"}, {@code "a,c"}) or free text. */
    public static Judgement judge(Predict predict, String answer) {
        Map<String, Long> outcomes = outcomes(predict);
        Set<String> possible = outcomes.keySet();
        if (predict.choices().isEmpty()) {
            String given = predict.normalisation().apply(answer);
            return new Judgement(possible.contains(given) && possible.size() == 1, outcomes);
        }
        Set<String> keys = Arrays.stream(answer.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .filter(k -> !k.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = predict.choices().stream().map(Predict.Choice::key).collect(Collectors.toSet());
        if (keys.isEmpty() || !known.containsAll(keys)) {
            throw new IllegalArgumentException("answer with the letters of the choices: "
                    + String.join(", ", new TreeSet<>(known)));
        }
        Set<String> right = predict.choices().stream()
                .filter(c -> possible.contains(predict.normalisation().apply(c.output())))
                .map(Predict.Choice::key).collect(Collectors.toCollection(TreeSet::new));
        return new Judgement(right.equals(keys), outcomes);
    }

    /** Every normalised output the exercise's check finds, with the first seed that printed it. */
    public static Map<String, Long> outcomes(Predict predict) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        long[] seeds = switch (predict.check()) {
            case Predict.Check.Outcome one -> new long[] {one.seed()};
            case Predict.Check.PossibleOutcomes all -> java.util.stream.LongStream.rangeClosed(1, EXPLORED_SEEDS).toArray();
        };
        for (long seed : seeds) {
            outcomes.putIfAbsent(predict.normalisation().apply(run(predict.program(), seed, null, null)), seed);
        }
        return outcomes;
    }

    /**
     * Runs the program once under the stepped scheduler with this seed and returns what it printed,
     * followed by the runtime's verdict when it did not end normally (a deadlock, a panic).
     *
     * @param sink   where the trace goes (null for none)
     * @param output where the program's lines go as well (null for nowhere)
     */
    public static String run(Program program, long seed, EventSink sink, PrintStream output) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream out = output == null ? captured : new PrintStream(new Tee(captured, output), true,
                StandardCharsets.UTF_8);
        RunConfig config = RunConfig.stepped(seed);
        if (sink != null) {
            config = config.withSink(sink);
        }
        RunReport report = Go.run(config, () -> program.body().run(new DemoContext(out, PROCS, true, Map.of())));
        out.flush();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        if (report.outcome() == RunReport.Outcome.OK) {
            return printed;
        }
        String ending = report.failure() != null ? report.failure().getMessage().lines().findFirst().orElse("")
                : report.outcomeLabel();
        if (report.outcome() == RunReport.Outcome.PANIC && !ending.startsWith("panic")) {
            ending = "panic: " + ending; // as Go prints it: panic: send on closed channel
        }
        return printed + ending + "\n";
    }

    /* Copies the program's output to two streams. */
    private static final class Tee extends java.io.OutputStream {
        private final PrintStream first;
        private final PrintStream second;

        Tee(PrintStream first, PrintStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() {
            first.flush();
            second.flush();
        }
    }
}
