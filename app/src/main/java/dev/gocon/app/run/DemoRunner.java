package dev.gocon.app.run;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.render.trace.TraceOptions;
import dev.gocon.app.render.trace.TraceView;
import dev.gocon.app.term.Style;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.sched.NativeScheduler;
import java.io.PrintStream;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * Runs one demo as the main goroutine of a fresh run, with its trace shown as the settings ask, and
 * reports how it ended.
 *
 * <p>Ctrl-C during the run stops it: every goroutine is stopped, the trace view restores the terminal,
 * and the exit code is 130. A panic or deadlock is reported in Go's words after the trace, with exit
 * code 1; goroutines left blocked when main returned are listed as leaks. With {@code --race}, the data
 * races found are reported after the trace in Go's format, and a run that otherwise went well exits
 * with 66, as a Go program built with {@code -race} does.
 */
public final class DemoRunner {

    private final Style style;
    private final PrintStream out;

    /**
     * @param style how output may look, and the terminal (when there is one)
     * @param out   where the trace and the demo's output go
     */
    public DemoRunner(Style style, PrintStream out) {
        this.style = style;
        this.out = out;
    }

    /**
     * Runs {@code demo} and returns the exit code for its outcome. In the live view on a terminal, the
     * demo plays slowed down to its watch time (see {@link Pacing}), times {@code --pace}; piped
     * output, other views and {@code --step} play at {@code --pace} alone.
     */
    public int run(Demo demo, RunSettings settings, Map<String, String> demoOptions) {
        try {
            demo.checkOptions(new DemoContext(out, procs(settings), settings.stepped(), demoOptions));
        } catch (IllegalArgumentException refused) {
            throw GoconException.usage(refused.getMessage());
        }
        Terminal terminal = style.console().isTerminal() ? style.console().terminal() : null;
        boolean watched = TraceView.live(settings.trace(), terminal) && !settings.step();
        double stretch = watched
                ? Pacing.stretch(demo, settings.stepped() ? settings.seed() : demo.rehearsedSeed(), demoOptions)
                : 1;
        RunSettings paced = stretch == 1 ? settings : settings.withPace(settings.pace() * stretch);
        TraceOptions traceOptions = new TraceOptions(terminal, out, style.color(), settings.showTimes(),
                style.width(), settings.traceOut(), paced.pace(),
                demo.timeScale());
        RunReport report;
        StepPrompt prompt = null;
        try (Interrupts interrupts = Interrupts.interruptOnCtrlC();
             TraceView view = TraceView.open(settings.trace(), traceOptions);
             Keys keys = settings.step() ? keys(terminal) : null) {
            RunConfig config = config(paced).withSink(view.sink());
            if (keys != null) {
                prompt = new StepPrompt(view.output(), keys, style.width());
                config = config.withChooser(prompt);
            }
            DemoContext context = new DemoContext(view.output(), procs(settings), settings.stepped(), demoOptions);
            report = Go.run(config, () -> demo.run(context));
            boolean interrupted = interrupts.fired() || Thread.interrupted() || prompt != null && prompt.interrupted();
            if (interrupted) {
                view.output().println("stopped: every goroutine of the run was stopped.");
                return ExitCode.INTERRUPTED;
            }
            if (report.outcome() != RunReport.Outcome.STOPPED) {
                view.finish(report);
            }
        }
        return conclude(report);
    }

    /** The runtime configuration for these settings (no sink yet). */
    static RunConfig config(RunSettings settings) {
        RunConfig config = settings.stepped()
                ? RunConfig.stepped(settings.seed()).withPace(settings.pace() == 1 ? 0 : settings.pace())
                : RunConfig.nativeScheduler().withPace(settings.pace());
        return settings.race() ? config.withRaceDetector() : config;
    }

    private static int procs(RunSettings settings) {
        if (settings.stepped()) {
            return 1;
        }
        return settings.procs() > 0 ? settings.procs() : NativeScheduler.parallelism();
    }

    private Keys keys(Terminal terminal) {
        return terminal != null ? Keys.of(terminal) : Keys.of(style.console().input());
    }

    private int conclude(RunReport report) {
        int code = outcome(report);
        if (!report.races().isEmpty()) {
            out.print(report.formatRaces());
            out.flush();
            return code == ExitCode.OK ? ExitCode.RACE : code;
        }
        return code;
    }

    private int outcome(RunReport report) {
        String leaks = report.formatLeaks();
        switch (report.outcome()) {
            case OK -> {
                if (!leaks.isEmpty()) {
                    out.print(leaks);
                }
                out.flush();
                return ExitCode.OK;
            }
            case STOPPED -> {
                out.println("stopped.");
                out.flush();
                return ExitCode.OK;
            }
            case STEP_LIMIT -> {
                out.println("stopped after " + report.steps() + " steps (the step limit).");
                out.flush();
                return ExitCode.FAILURE;
            }
            default -> {
                if (report.failure().getCause() instanceof IllegalArgumentException refused) {
                    // A demo refuses a bad option value this way (see Demo): a usage error, not a panic.
                    throw GoconException.usage(refused.getMessage());
                }
                out.println();
                out.println(report.failure().getMessage().startsWith("fatal error")
                        ? report.failure().getMessage()
                        : "panic: " + report.failure().getMessage());
                out.flush();
                return ExitCode.FAILURE;
            }
        }
    }
}
