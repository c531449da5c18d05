package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jline.terminal.Size;
import org.jline.utils.AttributedString;

/**
 * The one demo a screen shows, a slide's in {@code gocon present} or a section's in the walk of
 * {@code gocon lesson}, and what the keys on it do: {@code r} runs it (again, after its end), {@code s}
 * lets one scheduling step through (starting it paused if it is not running); the presenter also has
 * {@code p}, which pauses and resumes it, and {@code +}/{@code -}, which change its pace. There is no
 * dead state: after the end the last picture stays, and {@code r} or {@code s} start a fresh run.
 *
 * <p>Each run has a platform thread of its own; moving to another slide or quitting calls
 * {@link #stop()}, which stops the run and waits for its thread. What the run draws is kept here, clipped
 * to the area the screen gives it, and {@code changed} is told after every change that shows. The
 * status row's words are the screen's own ({@link StatusLine}): each names the keys it has.
 *
 * <p>Thread safety: the key methods are called by the screen's key thread; {@link #lines()} and
 * {@link #status()} may be read from any thread while the run draws.
 */
public final class DemoSlot {

    /** The status row while a demo is shown, in the words of the screen that shows it. */
    @FunctionalInterface
    public interface StatusLine {

        /**
         * @param ending null while the demo runs, else how it ended: "finished", "stopped", "failed: ..."
         */
        String describe(Demo demo, DemoControls controls, String ending);
    }

    private final SlideDemos demos;
    private final DemoSettings settings;
    private final StatusLine statusLine;
    private final Consumer<String> observer;
    private final Runnable changed;
    private volatile Showing current;

    /**
     * @param observer told "demo started", "step", "paused", "demo finished", ... (for tests and logs)
     * @param changed  told when what the slot shows has changed, from any thread
     */
    public DemoSlot(SlideDemos demos, DemoSettings settings, StatusLine statusLine, Consumer<String> observer,
            Runnable changed) {
        this.demos = demos;
        this.settings = settings;
        this.statusLine = statusLine;
        this.observer = observer;
        this.changed = changed;
    }

    /** True while a demo is shown: running, paused, or ended with its last picture. */
    public boolean showing() {
        return current != null;
    }

    /** The demo's picture, or null when none is shown. */
    public List<AttributedString> lines() {
        Showing shown = current;
        return shown == null ? null : shown.lines;
    }

    /** The status row while a demo is shown, or null. */
    public String status() {
        Showing shown = current;
        return shown == null ? null : shown.status();
    }

    /**
     * Runs {@code demo} from its start, stopping any run shown.
     *
     * @param area the size of the area it may draw in, read afresh at each frame (it changes on resize)
     */
    public void run(Lesson lesson, Demo demo, Supplier<Size> area, boolean paused) {
        stop();
        SlideDemo slideDemo = demos.create(lesson, demo, settings);
        Showing shown = new Showing(demo, new DemoControls(1, paused), area);
        current = shown;
        shown.controls.onChange(() -> {
            if (current == shown) {
                changed.run();
            }
        });
        observer.accept("demo started");
        shown.thread = Thread.ofPlatform().daemon().name("slide-demo-" + demo.name()).start(() -> shown.play(slideDemo));
    }

    /** One scheduling step: of the paused run, or of a fresh paused run if none is going. */
    public void step(Lesson lesson, Demo demo, Supplier<Size> area) {
        Showing shown = current;
        if (shown == null || shown.finished) {
            run(lesson, demo, area, true);
            shown = current;
        }
        shown.controls.step();
        observer.accept("step");
    }

    /** Applies {@code change} to the running demo; false if none is running. */
    public boolean control(Consumer<DemoControls> change) {
        Showing shown = current;
        if (shown == null || shown.finished) {
            return false;
        }
        change.accept(shown.controls);
        return true;
    }

    /** Pauses or resumes the running demo; false if none is running. */
    public boolean togglePause() {
        return control(c -> {
            c.togglePause();
            observer.accept(c.isPaused() ? "paused" : "resumed");
        });
    }

    /** Makes the running demo faster ({@code +1}) or slower ({@code -1}); false if none is running. */
    public boolean pace(int direction) {
        return control(c -> {
            if (direction > 0) {
                c.faster();
            } else {
                c.slower();
            }
            observer.accept("pace " + c.pace());
        });
    }

    /** Stops the run shown, if any, waits for its thread, and clears the picture. */
    public void stop() {
        Showing shown = current;
        current = null;
        if (shown == null) {
            return;
        }
        shown.controls.stop();
        shown.thread.interrupt();
        try {
            shown.thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A demo being shown (one play of it), and the region it draws in. */
    private final class Showing implements Region {
        final Demo demo;
        final DemoControls controls;
        final Supplier<Size> area;
        volatile List<AttributedString> lines = List.of();
        volatile boolean finished;
        volatile String ending;
        Thread thread;

        Showing(Demo demo, DemoControls controls, Supplier<Size> area) {
            this.demo = demo;
            this.controls = controls;
            this.area = area;
        }

        void play(SlideDemo slideDemo) {
            try {
                slideDemo.run(controls, this);
                ending = "finished";
            } catch (Throwable e) {
                if (controls.isStopped()) {
                    ending = "stopped";
                } else {
                    ending = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    observer.accept("demo failed");
                }
            } finally {
                finished = true;
                if (current == this) {
                    changed.run();
                }
                observer.accept("demo finished");
            }
        }

        @Override
        public int width() {
            return area.get().getColumns();
        }

        @Override
        public int height() {
            return area.get().getRows();
        }

        @Override
        public void draw(List<AttributedString> frame) {
            int width = width();
            List<AttributedString> clipped = new ArrayList<>();
            for (int i = 0; i < Math.min(height(), frame.size()); i++) {
                clipped.add(SlideScreen.clip(frame.get(i), width));
            }
            if (clipped.equals(lines)) {
                return;
            }
            lines = List.copyOf(clipped);
            if (current == this) {
                changed.run();
            }
        }

        String status() {
            return statusLine.describe(demo, controls, finished ? ending : null);
        }
    }
}
