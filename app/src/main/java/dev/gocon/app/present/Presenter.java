package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * A full-screen slide show on a terminal: the loop behind {@code gocon present}.
 *
 * <p>It takes over the screen (alternate screen, cursor hidden, raw keys), shows one {@link Deck}
 * frame at a time, and gives everything back when it ends: on {@code q}, on Ctrl-C (exit code 130),
 * at the end of input, and when anything throws. Keys:
 * <pre>
 *   Space, →, Enter, ↓, PgDn, n   next step or slide      ←, ↑, PgUp, Backspace, b   back
 *   r   run this slide's demo        p   pause / resume it    s   one step (starts it paused)
 *   +   faster                       -   slower               q   quit          Ctrl-C   quit (130)
 *   ?   a one-line reminder of the keys, on the status row
 * </pre>
 *
 * <p>All screen output goes to one stream (the terminal's, or a tee that also records it), written
 * through the terminal's capability strings; only rows that changed are rewritten. Speaker notes go
 * to {@link SpeakerNotes} when the slide changes, never to the screen.
 */
public final class Presenter {

    /** What a key does. */
    enum Action { NEXT, BACK, RUN, PAUSE, STEP, FASTER, SLOWER, HELP, QUIT, INTERRUPT, IGNORE }

    private static final String HELP = "Space/→ next · ← back · r demo · p pause · s step · +/- pace · q quit";

    /** Exit code when the presentation ended normally. */
    public static final int DONE = 0;
    /** Exit code after Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;
    private final List<Lesson> lessons;
    private final SlideDemos demos;
    private final DemoSettings settings;
    private final Theme theme;
    private final boolean color;
    private final SpeakerNotes notes;
    private final Writer screen;
    private final Consumer<String> observer;

    private final java.util.concurrent.atomic.AtomicBoolean screenRestored = new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.function.BiConsumer<Integer, Integer> resizeListener;
    private volatile boolean interrupted;
    private volatile boolean resized;
    private Deck deck;
    private int index;
    private String message;
    private List<String> drawn = List.of();
    private volatile RunningDemo running;

    /**
     * @param screen   where screen output goes: {@code terminal.output()}, or a tee that records it
     * @param notes    where speaker notes go, or null
     * @param observer told of each thing that happens ("frame 3", "demo started", ...), for tests and logs
     */
    public Presenter(Terminal terminal, List<Lesson> lessons, SlideDemos demos, DemoSettings settings, Theme theme,
            boolean color, SpeakerNotes notes, OutputStream screen, Consumer<String> observer) {
        this.terminal = terminal;
        this.lessons = List.copyOf(lessons);
        this.demos = demos;
        this.settings = settings;
        this.theme = theme;
        this.color = color;
        this.notes = notes;
        this.screen = new OutputStreamWriter(screen, terminal.encoding());
        this.observer = Objects.requireNonNullElse(observer, what -> { });
    }

    /**
     * Tells {@code listener} the new size each time the terminal is resized (a recorder writes it as
     * an asciicast {@code "r"} event). Call before {@link #run()}.
     */
    public void onResize(java.util.function.BiConsumer<Integer, Integer> listener) {
        this.resizeListener = listener;
    }

    /** Presents until the last key (one run per instance); returns {@link #DONE} or {@link #INTERRUPTED}. */
    public int run() throws IOException {
        Attributes saved = terminal.enterRawMode();
        SignalHandler oldInt = terminal.handle(Signal.INT, signal -> interrupted = true);
        SignalHandler oldWinch = terminal.handle(Signal.WINCH, signal -> resized = true);
        // If the JVM is stopped from outside (kill), finally blocks do not run; a shutdown hook does.
        Thread lastResort = new Thread(() -> restoreScreen(), "present-restore");
        Runtime.getRuntime().addShutdownHook(lastResort);
        try {
            write(cap(Capability.enter_ca_mode) + cap(Capability.cursor_invisible) + cap(Capability.clear_screen));
            layout();
            show(true);
            return loop();
        } finally {
            try {
                stopDemo();
            } finally {
                restore(saved, oldInt, oldWinch);
                try {
                    Runtime.getRuntime().removeShutdownHook(lastResort);
                } catch (IllegalStateException shuttingDown) {
                    // The hook runs anyway, and finds the screen already restored.
                }
            }
        }
    }

    private int loop() throws IOException {
        BindingReader keys = new BindingReader(terminal.reader());
        KeyMap<Action> keyMap = keyMap();
        while (true) {
            if (interrupted) {
                observer.accept("interrupted");
                return INTERRUPTED;
            }
            if (resized) {
                resized = false;
                layout();
                show(true);
            }
            int c = keys.peekCharacter(POLL_MILLIS);
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c == NonBlockingReader.EOF) {
                observer.accept("end of input");
                return DONE;
            }
            Action action = keys.readBinding(keyMap);
            if (action == null) {
                observer.accept("end of input");
                return DONE;
            }
            switch (action) {
                case QUIT -> {
                    observer.accept("quit");
                    return DONE;
                }
                case INTERRUPT -> {
                    observer.accept("interrupted");
                    return INTERRUPTED;
                }
                default -> act(action);
            }
        }
    }

    private void act(Action action) throws IOException {
        message = null;
        switch (action) {
            case NEXT -> move(+1);
            case BACK -> move(-1);
            case RUN -> startDemo(false);
            case HELP -> message = HELP;
            case STEP -> {
                if (running == null || running.finished) {
                    startDemo(true);
                }
                if (running != null) {
                    running.controls.step();
                    observer.accept("step");
                }
            }
            case PAUSE -> control(c -> {
                c.togglePause();
                observer.accept(c.isPaused() ? "paused" : "resumed");
            });
            case FASTER -> control(c -> {
                c.faster();
                observer.accept("pace " + c.pace());
            });
            case SLOWER -> control(c -> {
                c.slower();
                observer.accept("pace " + c.pace());
            });
            default -> { }
        }
        redraw();
    }

    private void control(Consumer<DemoControls> change) {
        if (running == null || running.finished) {
            message = "no demo is running" + (frame().demo().isPresent() ? ": press r to start it" : "");
            return;
        }
        change.accept(running.controls);
    }

    private void move(int delta) throws IOException {
        int target = Math.max(0, Math.min(deck.frames().size() - 1, index + delta));
        if (target == index) {
            message = delta > 0 ? "the end: q quits" : "this is the first slide";
            return;
        }
        stopDemo();
        Deck.Frame before = frame();
        synchronized (this) {
            index = target;
        }
        show(before.lessonIndex() != frame().lessonIndex() || before.page() != frame().page());
    }

    private Deck.Frame frame() {
        return deck.frames().get(index);
    }

    /** Lays the deck out for the terminal's size now, keeping the place; a running demo keeps drawing. */
    private synchronized void layout() {
        int width = Math.max(20, terminal.getWidth());
        int height = Math.max(8, terminal.getHeight());
        if (deck != null && resizeListener != null && (width != deck.width() || height != deck.height())) {
            resizeListener.accept(width, height);
        }
        Deck.Frame current = deck == null ? null : frame();
        deck = Deck.layout(lessons, width, height, theme, color);
        index = current == null ? 0 : deck.indexOf(current);
        drawn = List.of();
        write(cap(Capability.clear_screen));
    }

    /** Shows the current frame; on a new page, also sends its speaker notes. */
    private void show(boolean newPage) throws IOException {
        redraw();
        observer.accept("frame " + index);
        if (newPage && notes != null) {
            notes.show(frame(), nextHeading());
        }
    }

    private String nextHeading() {
        for (int i = index + 1; i < deck.frames().size(); i++) {
            Deck.Frame f = deck.frames().get(i);
            if (f.page() != frame().page() || f.lessonIndex() != frame().lessonIndex()) {
                return f.heading().isEmpty() ? f.lesson().title() : f.heading().getFirst().toString();
            }
        }
        return null;
    }

    private synchronized void redraw() {
        Deck.Frame frame = frame();
        List<AttributedString> demoLines = null;
        String status = message;
        if (running != null) {
            demoLines = running.lines;
            status = running.status();
        }
        List<AttributedString> rows = SlideScreen.compose(frame, deck.width(), deck.height(), theme, demoLines, status);
        List<String> next = new ArrayList<>(rows.size());
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < rows.size(); row++) {
            String text = color ? rows.get(row).toAnsi(terminal) : rows.get(row).toString();
            next.add(text);
            if (row < drawn.size() && drawn.get(row).equals(text)) {
                continue;
            }
            out.append(cap(Capability.cursor_address, row, 0)).append(text).append(cap(Capability.clr_eol));
        }
        drawn = next;
        write(out.toString());
    }

    // Demos.

    private void startDemo(boolean paused) {
        Deck.Frame frame = frame();
        if (frame.demo().isEmpty()) {
            message = "this slide has no demo";
            return;
        }
        Lesson lesson = frame.lesson();
        Demo demo = lesson.demo(frame.demo().get()).orElseThrow();
        stopDemo();
        int top = SlideScreen.bodyTop(frame);
        int rows = Math.max(1, deck.height() - 2 - top);
        int cols = Math.max(10, deck.width() - frame.left() - 1);
        RunningDemo run = new RunningDemo(demo, new DemoControls(1, paused), cols, rows);
        running = run;
        run.controls.onChange(this::redraw);
        SlideDemo slideDemo = demos.create(lesson, demo, settings);
        run.thread = Thread.ofPlatform().daemon().name("slide-demo-" + demo.name()).start(() -> {
            try {
                slideDemo.run(run.controls, run);
                run.ending = "finished";
            } catch (Throwable e) {
                if (run.controls.isStopped()) {
                    run.ending = "stopped";
                } else {
                    run.ending = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    observer.accept("demo failed");
                }
            } finally {
                run.finished = true;
                if (running == run) {
                    redraw();
                }
                observer.accept("demo finished");
            }
        });
        observer.accept("demo started");
    }

    private void stopDemo() {
        RunningDemo run = running;
        running = null;
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

    /** A demo on the current slide, and the region it draws in. */
    private final class RunningDemo implements Region {
        final Demo demo;
        final DemoControls controls;
        final int width;
        final int height;
        volatile List<AttributedString> lines = List.of();
        volatile boolean finished;
        volatile String ending;
        Thread thread;

        RunningDemo(Demo demo, DemoControls controls, int width, int height) {
            this.demo = demo;
            this.controls = controls;
            this.width = width;
            this.height = height;
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public void draw(List<AttributedString> frame) {
            List<AttributedString> clipped = new ArrayList<>();
            for (int i = 0; i < Math.min(height, frame.size()); i++) {
                clipped.add(SlideScreen.clip(frame.get(i), width));
            }
            lines = List.copyOf(clipped);
            if (running == this) {
                redraw();
            }
        }

        String status() {
            if (finished) {
                return "■ " + demo.name() + " " + ending + " · r runs it again · Space goes on";
            }
            return "▶ " + demo.name() + " · " + settings.describe(demo) + " · " + controls.describe();
        }
    }

    // The terminal.

    private void restore(Attributes saved, SignalHandler oldInt, SignalHandler oldWinch) {
        try {
            restoreScreen();
        } finally {
            terminal.setAttributes(saved);
            terminal.handle(Signal.INT, oldInt);
            terminal.handle(Signal.WINCH, oldWinch);
            observer.accept("restored");
        }
    }

    /** Leaves the alternate screen with the cursor shown, once. */
    private void restoreScreen() {
        if (!screenRestored.getAndSet(true)) {
            write(cap(Capability.exit_attribute_mode) + cap(Capability.clear_screen)
                    + cap(Capability.cursor_normal) + cap(Capability.exit_ca_mode));
        }
    }

    private String cap(Capability capability, Object... params) {
        String value = terminal.getStringCapability(capability);
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Curses.tputs(out, value, params);
        return out.toString();
    }

    private synchronized void write(String text) {
        try {
            screen.write(text);
            screen.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write to the terminal", e);
        }
    }

    private KeyMap<Action> keyMap() {
        KeyMap<Action> map = new KeyMap<>();
        map.setNomatch(Action.IGNORE);
        map.setUnicode(Action.IGNORE);
        map.setAmbiguousTimeout(150);
        map.bind(Action.NEXT, " ", "\r", "\n", "n", "j", "\033[C", "\033OC", "\033[B", "\033OB", "\033[6~");
        map.bind(Action.BACK, "b", "k", "\177", "\b", "\033[D", "\033OD", "\033[A", "\033OA", "\033[5~");
        for (Capability key : new Capability[] {Capability.key_right, Capability.key_down, Capability.key_npage}) {
            bindCapability(map, Action.NEXT, key);
        }
        for (Capability key : new Capability[] {Capability.key_left, Capability.key_up, Capability.key_ppage}) {
            bindCapability(map, Action.BACK, key);
        }
        map.bind(Action.RUN, "r");
        map.bind(Action.PAUSE, "p");
        map.bind(Action.STEP, "s");
        map.bind(Action.FASTER, "+", "=");
        map.bind(Action.SLOWER, "-", "_");
        map.bind(Action.QUIT, "q", "Q");
        map.bind(Action.HELP, "?", "h");
        map.bind(Action.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(Action.IGNORE, KeyMap.esc());
        return map;
    }

    private void bindCapability(KeyMap<Action> map, Action action, Capability key) {
        String sequence = KeyMap.key(terminal, key);
        if (sequence != null && !sequence.isEmpty()) {
            map.bind(action, sequence);
        }
    }
}
