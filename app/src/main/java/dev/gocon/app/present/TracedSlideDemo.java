package dev.gocon.app.present;

import dev.gocon.app.render.trace.LiveFrame;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Chooser;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.go.StepChoice;
import dev.gocon.sched.NativeScheduler;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * A lesson's demo run on its slide: the real runtime, with the live lanes drawn in the slide's region
 * and the demo's last printed lines above them.
 *
 * <p>Under the stepped scheduler (the default, with the demo's rehearsed seed) every scheduling
 * decision waits for its turn, so {@code p} pauses the run between two steps and {@code s} lets exactly
 * one through (the same step as {@code gocon lesson --step}); each step also lasts a moment scaled by
 * the pace, so that a class can follow it. The picture is repainted while paused too, so each step
 * shows, and its clock is the run's virtual time. Under the native scheduler ({@code --native}) the
 * goroutines run freely at the pace the run started with; pausing then freezes the picture, not the
 * goroutines, and the clock is the wall clock.
 */
public final class TracedSlideDemo implements SlideDemo {

    /** How long one scheduling step is shown at pace 1. */
    private static final long STEP_MILLIS = 60;
    private static final long FRAME_MILLIS = 33;
    private static final int PRINTED_LINES = 4;

    private final Demo demo;
    private final DemoSettings settings;
    private final boolean color;

    TracedSlideDemo(Demo demo, DemoSettings settings, boolean color) {
        this.demo = demo;
        this.settings = settings;
        this.color = color;
    }

    /** The factory {@code gocon present} uses. */
    public static SlideDemos factory(boolean color) {
        return (lesson, demo, settings) -> new TracedSlideDemo(demo, settings, color);
    }

    @Override
    public void run(DemoControls controls, Region region) throws Exception {
        Recorder recorder = new Recorder();
        Picture picture = new Picture(region, recorder);
        PrintStream out = new PrintStream(new LineCollector(picture), true, StandardCharsets.UTF_8);
        RunConfig config = settings.nativeScheduler()
                ? RunConfig.nativeScheduler().withPace(controls.pace())
                : RunConfig.stepped(settings.seedFor(demo)).withChooser(new PacedChooser(controls));
        int procs = settings.nativeScheduler() ? NativeScheduler.parallelism() : 1;
        Thread painter = Thread.ofPlatform().daemon().name("gocon-slide-trace").start(() -> picture.paintUntilStopped(controls));
        RunReport report;
        try {
            report = Go.run(config.withSink(recorder),
                    () -> demo.run(new DemoContext(out, procs, !settings.nativeScheduler(), Map.of())));
        } finally {
            picture.stop();
            painter.interrupt();
            painter.join();
        }
        out.flush();
        picture.finish(switch (report.outcome()) {
            case OK -> "(done: " + settings.describe(demo) + ")";
            case STOPPED -> "(stopped)";
            default -> "(" + report.outcomeLabel() + ")";
        });
    }

    /** Each scheduling decision waits for the presenter's turn, then lasts a moment at the current pace. */
    private static final class PacedChooser implements Chooser {
        private final DemoControls controls;

        PacedChooser(DemoControls controls) {
            this.controls = controls;
        }

        @Override
        public int choose(List<StepChoice> runnable, int suggested) {
            try {
                if (!controls.awaitTurn()) {
                    return STOP;
                }
                Thread.sleep(Math.round(STEP_MILLIS * controls.pace()));
                return suggested;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return STOP;
            }
        }
    }

    /** The region's content: the demo's last printed lines over the lanes, repainted from the recorder. */
    private final class Picture {
        private final Region region;
        private final Recorder.Cursor cursor;
        private final Timeline timeline = new Timeline();
        private final List<String> printed = new ArrayList<>();
        private volatile boolean stopped;

        Picture(Region region, Recorder recorder) {
            this.region = region;
            this.cursor = recorder.cursor();
        }

        synchronized void print(String line) {
            printed.add(line);
        }

        void paintUntilStopped(DemoControls controls) {
            while (!stopped) {
                if (!settings.nativeScheduler() || !controls.isPaused()) {
                    paint(null);
                }
                try {
                    Thread.sleep(FRAME_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            stopped = true;
        }

        void finish(String outcome) {
            paint(outcome);
        }

        private synchronized void paint(String outcome) {
            cursor.drain(timeline::apply);
            if (outcome != null) {
                timeline.end(timeline.now(), null); // the run is over: the last frame shows no one running
            }
            int width = region.width();
            int height = region.height();
            List<AttributedString> lines = new ArrayList<>();
            int shown = Math.min(PRINTED_LINES, Math.max(1, height / 4));
            for (String line : printed.subList(Math.max(0, printed.size() - shown), printed.size())) {
                lines.add(new AttributedString(line.length() > width ? line.substring(0, width) : line));
            }
            if (outcome != null) {
                lines.add(new AttributedString(outcome, AttributedStyle.BOLD));
            }
            lines.add(AttributedString.EMPTY);
            lines.addAll(LiveFrame.lanes(timeline, demo.timeScale(), width,
                    Math.max(3, height - lines.size()), color));
            region.draw(lines);
        }
    }

    /** Splits what the demo prints into lines for the picture. */
    private static final class LineCollector extends OutputStream {
        private final Picture picture;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineCollector(Picture picture) {
            this.picture = picture;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                picture.print(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
