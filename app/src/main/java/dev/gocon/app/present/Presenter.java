package dev.gocon.app.present;

import dev.gocon.app.present.PresenterKeys.Action;
import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * A full-screen slide show on a terminal: the loop behind {@code gocon present}.
 *
 * <p>It takes the screen over ({@link FullScreen}), shows one {@link Deck} frame at a time, acts on the
 * keys ({@link PresenterKeys}) and runs the slide's demo in its {@link DemoSlot}, under the slide's text.
 * It gives the terminal back when it ends: on {@code q}, on Ctrl-C (exit code 130), at the end of input,
 * and when anything throws. Speaker notes go to {@link SpeakerNotes} when the slide changes, never to
 * the screen; each new screen is also told to the {@link #onScreen} listener, for students following.
 */
public final class Presenter {

    /** Exit code when the presentation ended normally. */
    public static final int DONE = 0;
    /** Exit code after Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;
    private final List<Lesson> lessons;
    private final Theme theme;
    private final boolean color;
    private final SpeakerNotes notes;
    private final OutputStream out;
    private final Consumer<String> observer;
    private final DemoSlot slot;

    private BiConsumer<Integer, Integer> resizeListener = (width, height) -> { };
    private Consumer<ScreenState> screenListener = state -> { };
    private FullScreen screen;
    private Deck deck;
    private int index;
    private String message;
    private List<AttributedString> shown = List.of();

    /**
     * @param out      where screen output goes: {@code terminal.output()}, or a tee that records it
     * @param notes    where speaker notes go, or null
     * @param observer told of each thing that happens ("frame 3", "demo started", ...), for tests and logs
     */
    public Presenter(Terminal terminal, List<Lesson> lessons, SlideDemos demos, DemoSettings settings, Theme theme,
            boolean color, SpeakerNotes notes, OutputStream out, Consumer<String> observer) {
        this.terminal = terminal;
        this.lessons = List.copyOf(lessons);
        this.theme = theme;
        this.color = color;
        this.notes = notes;
        this.out = out;
        this.observer = Objects.requireNonNullElse(observer, what -> { });
        this.slot = new DemoSlot(demos, settings, (demo, controls, ending) -> ending == null
                ? "▶ " + demo.name() + " · " + settings.describe(demo) + " · " + controls.describe()
                : "■ " + demo.name() + " " + ending + " · r runs it again · Space goes on",
                this.observer, this::redraw);
    }

    /**
     * Tells {@code listener} the new size each time the terminal is resized (a recorder writes it as
     * an asciicast {@code "r"} event). Call before {@link #run()}.
     */
    public void onResize(BiConsumer<Integer, Integer> listener) {
        this.resizeListener = listener;
    }

    /** Tells {@code listener} each new screen, after it is drawn (a share sends it to followers). */
    public void onScreen(Consumer<ScreenState> listener) {
        this.screenListener = listener;
    }

    /** Shows {@code text} on the status row until the next key (a share reports a refused connection). */
    public void tell(String text) {
        synchronized (this) {
            message = text;
        }
        redraw();
    }

    /** Presents until the last key (one run per instance); returns {@link #DONE} or {@link #INTERRUPTED}. */
    public int run() throws IOException {
        try (FullScreen opened = FullScreen.open(terminal, out)) {
            synchronized (this) {
                screen = opened;
            }
            try {
                layout();
                show(true);
                return loop();
            } finally {
                slot.stop();
            }
        } finally {
            observer.accept("restored");
        }
    }

    private int loop() throws IOException {
        ScreenKeys<Action> keys = PresenterKeys.of(terminal);
        while (true) {
            if (screen.interrupted()) {
                observer.accept("interrupted");
                return INTERRUPTED;
            }
            if (screen.takeResize()) {
                layout();
                show(false);
            }
            Action action = keys.read(POLL_MILLIS);
            switch (action) {
                case NONE -> { }
                case END -> {
                    observer.accept("end of input");
                    return DONE;
                }
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
        synchronized (this) {
            message = null;
        }
        Deck.Frame frame = frame();
        switch (action) {
            case NEXT -> move(+1);
            case BACK -> move(-1);
            case HELP -> tell(PresenterKeys.HELP);
            case RUN -> demo(frame).ifPresent(demo -> slot.run(frame.lesson(), demo, this::demoSize, false));
            case STEP -> demo(frame).ifPresent(demo -> slot.step(frame.lesson(), demo, this::demoSize));
            case PAUSE -> ifRunning(slot.togglePause(), frame);
            case FASTER -> ifRunning(slot.pace(+1), frame);
            case SLOWER -> ifRunning(slot.pace(-1), frame);
            default -> { }
        }
        redraw();
    }

    private java.util.Optional<Demo> demo(Deck.Frame frame) {
        java.util.Optional<Demo> demo = frame.demo().flatMap(name -> frame.lesson().demo(name));
        if (demo.isEmpty()) {
            tell("this slide has no demo");
        }
        return demo;
    }

    private void ifRunning(boolean done, Deck.Frame frame) {
        if (!done) {
            tell("no demo is running" + (frame.demo().isPresent() ? ": press r to start it" : ""));
        }
    }

    private void move(int delta) throws IOException {
        int target = Math.max(0, Math.min(deck.frames().size() - 1, index + delta));
        if (target == index) {
            tell(delta > 0 ? "the end: q quits" : "this is the first slide");
            return;
        }
        slot.stop();
        Deck.Frame before = frame();
        synchronized (this) {
            index = target;
        }
        show(before.lessonIndex() != frame().lessonIndex() || before.page() != frame().page());
    }

    private synchronized Deck.Frame frame() {
        return deck.frames().get(index);
    }

    private synchronized Size demoSize() {
        SlideScreen.DemoArea area = SlideScreen.demoArea(frame(), deck.width(), deck.height());
        return new Size(area.width(), area.rows());
    }

    /** Lays the deck out for the terminal's size now, keeping the place; a running demo keeps drawing. */
    private synchronized void layout() {
        Size size = screen.size();
        int width = size.getColumns();
        int height = size.getRows();
        if (deck != null && (width != deck.width() || height != deck.height())) {
            resizeListener.accept(width, height);
        }
        Deck.Frame current = deck == null ? null : frame();
        deck = Deck.layout(lessons, width, height, theme, color);
        index = current == null ? 0 : deck.indexOf(current);
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
        Deck.Frame current = frame();
        for (int i = index + 1; i < deck.frames().size(); i++) {
            Deck.Frame f = deck.frames().get(i);
            if (f.page() != current.page() || f.lessonIndex() != current.lessonIndex()) {
                return f.heading().isEmpty() ? f.lesson().title() : f.heading().getFirst().toString();
            }
        }
        return null;
    }

    private synchronized void redraw() {
        if (screen == null || deck == null) {
            return;
        }
        Deck.Frame frame = frame();
        List<AttributedString> demo = slot.lines();
        String status = slot.showing() && message == null ? slot.status() : message;
        List<AttributedString> rows = SlideScreen.compose(frame, deck.width(), deck.height(), theme, demo, status);
        if (!color) {
            rows = rows.stream().map(row -> new AttributedString(row.toString())).toList();
        }
        if (rows.equals(shown)) {
            return;
        }
        screen.draw(rows);
        shown = rows;
        screenListener.accept(new ScreenState(lessons.stream().map(Lesson::id).toList(), frame.lessonIndex(),
                frame.slide(), frame.step(), status, demo, rows, deck.width(), deck.height()));
    }
}
