package dev.gocon.course.exercise;

import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Runs an exercise's program under seeds of the stepped scheduler, for tests that check what a lesson's
 * predict and play exercises claim: which outputs are possible, and that a play goal can be reached.
 */
public final class ProgramRuns {

    private ProgramRuns() {
    }

    /** One run, as a play session sees it at the end. */
    public static PlayScheduler.RunSoFar run(Program program, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        RunReport report = Go.run(RunConfig.stepped(seed).withSink(events::add),
                () -> program.body().run(new DemoContext(out, 2, true, Map.of())));
        out.flush();
        return new PlayScheduler.RunSoFar(events, bytes.toString(StandardCharsets.UTF_8),
                report.outcome() == RunReport.Outcome.DEADLOCK, report.outcome() == RunReport.Outcome.OK);
    }

    /** The keys of the choices whose output some seed from 1 to {@code seeds} printed. */
    public static Set<String> possibleChoices(Predict predict, int seeds) {
        Set<String> outputs = new TreeSet<>();
        for (long seed = 1; seed <= seeds; seed++) {
            outputs.add(predict.normalisation().apply(run(predict.program(), seed).output()));
        }
        return predict.choices().stream().filter(c -> outputs.contains(predict.normalisation().apply(c.output())))
                .map(Predict.Choice::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** True if the run under some seed from 1 to {@code seeds} reaches the play exercise's goal. */
    public static boolean goalReachable(PlayScheduler play, int seeds) {
        for (long seed = 1; seed <= seeds; seed++) {
            if (play.goal().test(run(play.program(), seed))) {
                return true;
            }
        }
        return false;
    }
}
