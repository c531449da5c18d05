package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.PredictJudge;
import dev.gocon.app.render.trace.TraceMode;
import dev.gocon.app.render.trace.TraceOptions;
import dev.gocon.app.render.trace.TraceView;
import dev.gocon.app.term.AsTyped;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.Predict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gocon answer ANSWER...} ({@code a}): answers the current predict exercise. A right answer is
 * proved by the run's trace (or, for "which outputs are possible", by the outcomes and the seeds that
 * give them); a wrong one is only said to be wrong, so that the learner can think again.
 */
@Command(name = "answer", aliases = "a", mixinStandardHelpOptions = true,
        description = "Answer the current predict exercise: choice letters (a c) or the output in words.")
public final class AnswerCommand extends CoachCommand {

    @Parameters(arity = "1..*", paramLabel = "ANSWER", description = "Your answer.")
    List<String> answer;

    @Override
    public Integer call() {
        Exercises.Entry entry = resolve(null);
        if (!(entry.exercise() instanceof Predict predict)) {
            throw GoconException.failure(entry.id() + " is a " + entry.exercise().kind()
                    + " exercise; '" + AsTyped.command("check") + "' checks it");
        }
        PredictJudge.Judgement judgement;
        try {
            judgement = PredictJudge.judge(predict, String.join(" ", answer));
        } catch (IllegalArgumentException e) {
            throw GoconException.usage(e.getMessage());
        }
        PrintWriter out = out();
        if (!judgement.right()) {
            out.println("Not quite. Run it in your head once more, or ask for a hint with '"
                    + AsTyped.command("hint") + "'.");
            out.flush();
            return ExitCode.FAILURE;
        }
        out.println("Right.");
        prove(predict, judgement.outcomes(), out);
        print(predict.solution().lines().toList());
        print(coach().passed(entry));
        return ExitCode.OK;
    }

    private void prove(Predict predict, Map<String, Long> outcomes, PrintWriter out) {
        if (predict.check() instanceof Predict.Check.Outcome one) {
            out.println("The run that proves it (stepped scheduler, seed " + one.seed() + "):");
            out.flush();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
            try (TraceView view = TraceView.open(TraceMode.LOG, TraceOptions.plain(stream))) {
                PredictJudge.run(predict.program(), one.seed(), view.sink(), view.output());
                view.finish();
            }
            stream.flush();
            out.print(log.toString(StandardCharsets.UTF_8));
        } else {
            out.println("Exploring " + PredictJudge.EXPLORED_SEEDS + " schedules found " + outcomes.size()
                    + " outputs:");
            outcomes.forEach((output, seed) -> out.println("  " + output.replace("\n", " / ")
                    + "   (seed " + seed + ")"));
        }
        out.flush();
    }
}
