package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jline.utils.AttributedString;

/**
 * The one demo a slide shows, and the presenter's keys on it: {@code r} runs it (again, after its end),
 * {@code s} lets one scheduling step through (starting it paused if it is not running), {@code p}
 * pauses and resumes it, {@code +}/{@code -} change its pace. There is no dead state: after the end
 * the last picture stays, and {@code r} or {@code s} start a fresh run.
 *
 * <p>Each run has a platform thread of its own; moving to another slide or quitting calls
 * {@link #stop()}, which stops the run and waits for its thread. What the run draws is kept here, clipped
 * to the area the presenter gives it, and {@code changed} is told after every change that shows.
 *
 * <p>Thread safety: the key methods are called by the presenter's thread; {@link #lines()} and
 * {@link #status()} may be read from any thread while the run draws.
 */
final class DemoSlot {

    private final SlideDemos demos;
    private final DemoSettings settings;
    private final Consumer<String> observer;
    private final Runnable changed;
    private volatile Run current;

    /**
     * @param observer told "demo started", "step", "paused", "demo finished", ... (for tests and logs)
     * @param changed  told when what the slot shows has changed, from any thread
     */
    DemoSlot(SlideDemos demos, DemoSettings settings, Consumer<String> observer, Runnable changed) {
        this.demos = demos;
        this.settings = settings;
        this.observer = observer;
        this.changed = changed;
    }

    /** True while a demo is shown: running, paused, or ended with its last picture. */
    boolean showing() {
        return current != null;
    }

    /** The demo's picture, or null when none is shown. */
    List<AttributedString> lines() {
        Run run = current;
        return run == null ? null : run.lines;
    }

    /** The status row while a demo is shown, or null. */
    String status() {
        Run run = current;
        return run == null ? null : run.status();
    }

    /**
     * Runs {@code demo} from its start, stopping any run shown.
     *
     * @param area the size of the area it may draw in, read afresh at each frame (it changes on resize)
     */
    void run(Lesson lesson, Demo demo, Supplier<SlideScreen.DemoArea> area, boolean paused) {
        stop();
        Run run = new Run(demo, new DemoControls(1, paused), area);
        current = run;
        run.controls.onChange(() -> {
            if (current == run) {
                changed.run();
            }
        });
        SlideDemo slideDemo = demos.create(lesson, demo, settings);
        observer.accept("demo started");
        run.thread = Thread.ofPlatform().daemon().name("slide-demo-" + demo.name()).start(() -> run.play(slideDemo));
    }

    /** One scheduling step: of the paused run, or of a fresh paused run if none is going. */
    void step(Lesson lesson, Demo demo, Supplier<SlideScreen.DemoArea> area) {
        Run run = current;
        if (run == null || run.finished) {
            run(lesson, demo, area, true);
            run = current;
        }
        run.controls.step();
        observer.accept("step");
    }

    /** Applies {@code change} to the running demo; false if none is running. */
    boolean control(Consumer<DemoControls> change) {
        Run run = current;
        if (run == null || run.finished) {
            return false;
        }
        change.accept(run.controls);
        return true;
    }

    /** Pauses or resumes the running demo; false if none is running. */
    boolean togglePause() {
        return control(c -> {
            c.togglePause();
            observer.accept(c.isPaused() ? "paused" : "resumed");
        });
    }

    /** Makes the running demo faster ({@code +1}) or slower ({@code -1}); false if none is running. */
    boolean pace(int direction) {
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
    void stop() {
        Run run = current;
        current = null;
        if (run == null) {
            return;
        }
        run.controls.stop();
        run.thread.interrupt();
        try {
            run.thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One run of a demo, and the region it draws in. */
    private final class Run implements Region {
        final Demo demo;
        final DemoControls controls;
        final Supplier<SlideScreen.DemoArea> area;
        volatile List<AttributedString> lines = List.of();
        volatile boolean finished;
        volatile String ending;
        Thread thread;

        Run(Demo demo, DemoControls controls, Supplier<SlideScreen.DemoArea> area) {
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
            return area.get().width();
        }

        @Override
        public int height() {
            return area.get().rows();
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
            if (finished) {
                return "■ " + demo.name() + " " + ending + " · r runs it again · Space goes on";
            }
            return "▶ " + demo.name() + " · " + settings.describe(demo) + " · " + controls.describe();
        }
    }
}
