package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;

/**
 * A stand-in {@link SlideDemo} until the demo runner and its live trace exist: it calls the lesson
 * demo's {@code run} directly and shows the lines the demo prints, scrolling in the region.
 *
 * <p>It pauses at printed lines: each line waits for {@link DemoControls#awaitTurn()}, so {@code p}
 * holds the output and {@code s} lets one line through. It knows nothing of seeds, pace or lanes; the
 * real runner replaces it through {@link SlideDemos}.
 */
public final class PrintedOutputDemo implements SlideDemo {

    private final Demo demo;
    private final int procs;

    public PrintedOutputDemo(Demo demo, int procs) {
        this.demo = demo;
        this.procs = procs;
    }

    /** The factory {@code gocon present} uses until the real runner is wired in. */
    public static SlideDemos factory() {
        return (lesson, demo, settings) -> new PrintedOutputDemo(demo, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void run(DemoControls controls, Region region) throws Exception {
        RegionLog log = new RegionLog(region);
        log.add("$ gocon lesson … --demo " + demo.name());
        PrintStream out = new PrintStream(new LineGate(controls, log), true, StandardCharsets.UTF_8);
        demo.run(new DemoContext(out, procs, false, Map.of()));
        out.flush();
        log.add("(done)");
    }

    /** Keeps the last lines written and draws as many as the region holds. */
    static final class RegionLog {
        private final Region region;
        private final List<AttributedString> lines = new ArrayList<>();

        RegionLog(Region region) {
            this.region = region;
        }

        synchronized void add(String line) {
            lines.add(new AttributedString(line));
            int from = Math.max(0, lines.size() - region.height());
            region.draw(List.copyOf(lines.subList(from, lines.size())));
        }
    }

    private static final class LineGate extends OutputStream {
        private final DemoControls controls;
        private final RegionLog log;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineGate(DemoControls controls, RegionLog log) {
            this.controls = controls;
            this.log = log;
        }

        @Override
        public synchronized void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            try {
                if (!controls.awaitTurn()) {
                    throw new IllegalStateException("the demo was stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the demo was stopped", e);
            }
            log.add(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
