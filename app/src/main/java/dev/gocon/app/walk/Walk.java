package dev.gocon.app.walk;

import dev.gocon.app.present.DemoControls;
import dev.gocon.app.present.DemoSettings;
import dev.gocon.app.present.DemoSlot;
import dev.gocon.app.present.FullScreen;
import dev.gocon.app.present.ScreenKeys;
import dev.gocon.app.present.Slide;
import dev.gocon.app.present.SlideDemos;
import dev.gocon.app.present.SlideSplitter;
import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * A lesson as a guided walk: one section at a time on the terminal's alternate screen, the loop behind
 * {@code gocon lesson <id>} on a terminal.
 *
 * <p>The sections are the lesson's {@code ##} sections, cut as {@link SlideSplitter} cuts them for the
 * presenter (so a demo sits on the same section for the class and for the learner), then a last page
 * that says what to do next. A section taller than its room pages within itself; a {@code <!-- pause -->} in a section
 * reveals what follows on the next key, as on a slide. A section with a demo runs it in place as soon
 * as it is shown, paced, with the section's text above (or, on a wide screen, beside) its lanes, and
 * the lesson's note on what to watch in it ({@link WatchNotes}) right above the lanes.
 * Keys:
 * <pre>
 *   Space, Enter, →, ↓, PgDn, n   next page or section     ←, ↑, PgUp, Backspace, b   back
 *   1-9 then Enter, or g           go to a section          ?   the keys
 *   r   run the section's demo again                        s   start it paused / one step
 *   q   leave (the place is remembered)                     Ctrl-C   leave (130)
 * </pre>
 *
 * <p>The place is remembered through {@link Places} when the walk ends, and offered on the next start
 * (Enter goes back there; Space, or any other key, starts at the first section). Leaving at the first section
 * keeps the place remembered before; reaching the last page forgets it.
 *
 * <p>The screen is the presenter's {@link FullScreen}, and the demo runs in the presenter's {@link DemoSlot}:
 * the terminal is given back as it was found in every case (q, Ctrl-C, the end of input, an exception,
 * a kill), and only what changed is drawn again.
 */
public final class Walk {

    /** Exit code when the walk ended normally. */
    public static final int DONE = 0;
    /** Exit code after Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    /** What a key does; {@link #NONE} when no key came in time, {@link #END} at the end of input. */
    enum Action { NEXT, ENTER, BACK, DIGIT, JUMP, RUN, STEP, HELP, QUIT, INTERRUPT, CANCEL, IGNORE, NONE, END }

    static final String KEYS = "Space next · b back · q quit · ? keys";
    private static final List<String> HELP = List.of(
            "**Keys**",
            "- Space, Enter, → or n: the next page or section",
            "- ←, b or Backspace: back",
            "- a number then Enter, or g: go to a section",
            "- r: run the section's demo again; s: run it one step at a time",
            "- q: leave (gocon remembers where); Ctrl-C leaves too",
            "",
            "Any key closes this.");
    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;
    private final Lesson lesson;
    private final List<Slide> sections;
    private final WatchNotes watchNotes;
    private final boolean color;
    private final SlideDemos demos;
    private final DemoSlot slot;
    private final Places places;
    private final Consumer<String> observer;

    private FullScreen screen;
    /** The size of the demo's picture, as the last drawing laid it out; read by the demo at each frame. */
    private volatile Size demoSize = new Size(1, 1);
    private int section;
    private int step;
    private int scroll;
    private String message;
    private String digits;
    private Integer offer;
    private boolean help;

    /**
     * @param endPage  the last page's Markdown: the lesson's exercises and what {@code next} will do
     * @param demos    makes the demos that run on sections, or null for none
     * @param observer told of each thing that happens ("section 2", "demo started", "drawn", ...), for tests
     */
    public Walk(Terminal terminal, Lesson lesson, String endPage, boolean color, SlideDemos demos, Places places,
            Consumer<String> observer) {
        this.terminal = terminal;
        this.lesson = lesson;
        this.sections = sections(lesson, endPage);
        this.watchNotes = WatchNotes.of(sections);
        this.color = color;
        this.demos = demos;
        this.places = places;
        this.observer = Objects.requireNonNullElse(observer, what -> { });
        this.slot = new DemoSlot(demos, DemoSettings.rehearsed(), Walk::demoStatus, this.observer, this::redraw);
    }

    /**
     * The lesson's sections and the last page, in order. The text before the first {@code ##}, if
     * any, is a section of its own; a title slide that would hold only the summary is left out (the
     * first section shows the lesson's title instead).
     */
    static List<Slide> sections(Lesson lesson, String endPage) {
        List<Slide> slides = new ArrayList<>(SlideSplitter.split(lesson));
        if (!slides.isEmpty() && slides.getFirst().title()) {
            Slide intro = slides.removeFirst();
            String body = String.join("", intro.steps()).strip();
            if (slides.isEmpty() || !(body.isEmpty() || body.equals("*" + lesson.summary() + "*"))) {
                slides.addFirst(new Slide(intro.heading().isEmpty() ? lesson.title() : intro.heading(), true,
                        intro.steps(), intro.notes(), intro.demo()));
            }
        }
        slides.add(new Slide("What next", false, List.of(endPage), "", Optional.empty()));
        return List.copyOf(slides);
    }

    /** The numbered list of sections, shown while the learner types a number to go to. */
    private String contents() {
        StringBuilder list = new StringBuilder("**Go to a section:** type its number, then Enter.\n\n");
        for (int i = 0; i < sections.size(); i++) {
            list.append(i + 1).append(". ").append(sections.get(i).heading()).append('\n');
        }
        return list.toString();
    }

    /**
     * Walks until the learner leaves (one run per instance); returns {@link #DONE} or {@link #INTERRUPTED}.
     *
     * @throws IOException if the screen cannot be taken over
     */
    public int run() throws IOException {
        try (FullScreen opened = FullScreen.open(terminal, terminal.output())) {
            synchronized (this) {
                screen = opened;
            }
            try {
                offerPlace();
                enter(section);
                if (offer != null) {
                    observer.accept("offered " + offer);
                }
                return loop();
            } finally {
                slot.stop();
                if (section == sections.size() - 1) {
                    places.save(null);
                } else if (section > 0) {
                    places.save(sections.get(section).heading());
                }
            }
        } finally {
            observer.accept("restored");
        }
    }

    private void offerPlace() {
        places.load().ifPresent(heading -> {
            for (int i = 1; i < sections.size() - 1; i++) {
                if (sections.get(i).heading().equals(heading)) {
                    offer = i;
                    message = "Enter: back to where you left, " + (i + 1) + "/" + sections.size() + " · " + heading
                            + " (Space: start here)";
                    return;
                }
            }
        });
    }

    private int loop() {
        ScreenKeys<Action> keys = new ScreenKeys<>(terminal, keyMap(), Action.NONE, Action.END);
        while (true) {
            if (screen.interrupted()) {
                observer.accept("interrupted");
                return INTERRUPTED;
            }
            if (screen.takeResize()) {
                observer.accept("resized");
                redraw();
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
                default -> act(action, keys.lastKeys());
            }
        }
    }

    private void act(Action action, String key) {
        message = null;
        if (help) {
            help = false;
            redraw();
            return;
        }
        if (offer != null) {
            int place = offer;
            offer = null;
            if (action == Action.ENTER) {
                observer.accept("resumed");
                enter(place);
                return;
            }
            if (action == Action.NEXT) {
                redraw();
                return;
            }
        }
        if (digits != null && action != Action.DIGIT) {
            String typed = digits;
            digits = null;
            if (action == Action.ENTER && !typed.isEmpty()) {
                jump(Integer.parseInt(typed));
                return;
            }
            if (action == Action.ENTER || action == Action.CANCEL) {
                redraw();
                return;
            }
        }
        switch (action) {
            case NEXT, ENTER -> next();
            case BACK -> back();
            case DIGIT -> {
                digits = (digits == null ? "" : digits) + key;
                if (digits.length() > 3) {
                    digits = digits.substring(digits.length() - 3);
                }
                message = "go to section " + digits + "_ (1-" + sections.size() + ", Enter)";
            }
            case JUMP -> {
                digits = "";
                message = "go to section: type its number (1-" + sections.size() + "), then Enter";
            }
            case RUN -> startDemo(false);
            case STEP -> stepDemo();
            case HELP -> help = true;
            default -> { }
        }
        redraw();
    }

    private void next() {
        Page page = page();
        if (scroll + page.layout.textRows() < page.text.size()) {
            scroll += Math.max(1, page.layout.textRows() - 1);
            return;
        }
        Slide current = sections.get(section);
        if (step < current.steps().size() - 1) {
            int shown = page.text.size();
            step++;
            Page more = page();
            scroll = Math.max(0, Math.min(shown, more.text.size() - more.layout.textRows()));
            observer.accept("step " + step);
            return;
        }
        if (section < sections.size() - 1) {
            enter(section + 1);
        } else {
            message = "the end of the lesson: q leaves";
        }
    }

    private void back() {
        if (scroll > 0) {
            scroll = Math.max(0, scroll - Math.max(1, page().layout.textRows() - 1));
        } else if (section > 0) {
            enter(section - 1);
        } else {
            message = "this is the first section";
        }
    }

    private void jump(int number) {
        if (number < 1 || number > sections.size()) {
            message = "there is no section " + number + ": 1 to " + sections.size();
            redraw();
            return;
        }
        enter(number - 1);
    }

    /** Shows a section from its top, and starts its demo if it has one. */
    private void enter(int index) {
        slot.stop();
        synchronized (this) {
            section = index;
            step = 0;
            scroll = 0;
        }
        if (sections.get(index).demo().isPresent() && demos != null) {
            startDemo(false);
        }
        redraw();
        observer.accept("section " + index);
    }

    // Laying out and drawing.

    /** The current section laid out for the terminal's size now. */
    private record Page(List<AttributedString> heading, List<AttributedString> text, WalkScreen.Layout layout,
                        List<AttributedString> note) {

        /** The rows left to the demo's own picture, under the note on what to watch. */
        int demoRows() {
            return Math.max(1, layout.demoRows() - (note.isEmpty() ? 0 : note.size() + 1));
        }

        /** The size of the demo's own picture. */
        Size demoSize() {
            return new Size(layout.demoWidth(), demoRows());
        }
    }

    private synchronized Page page() {
        Slide current = sections.get(section);
        Size size = screen.size();
        int columns = size.getColumns();
        int rows = size.getRows();
        MarkdownRenderer headings = new MarkdownRenderer(WalkScreen.headingWidth(columns), color);
        String title = current.title() ? "# " + current.heading()
                : section == 0 ? "# " + lesson.title() + "\n\n## " + current.heading() : "## " + current.heading();
        List<AttributedString> heading = headings.render(title);
        boolean demo = current.demo().isPresent() && demos != null;
        WalkScreen.Layout layout = WalkScreen.layout(columns, rows, heading.size(), demo);
        String markdown = help ? String.join("\n", HELP) : digits != null ? contents()
                : String.join("\n\n", current.steps().subList(0, Math.min(step + 1, current.steps().size())));
        List<AttributedString> text = new MarkdownRenderer(layout.textWidth(), color).render(markdown);
        List<AttributedString> note = List.of();
        if (demo && !current.heading().toLowerCase(Locale.ROOT).startsWith("what to watch")) {
            note = watchNotes.on(current.demo().get())
                    .map(n -> new MarkdownRenderer(layout.demoWidth(), color).render("**Watch:** " + n))
                    .map(lines -> lines.subList(0, Math.min(lines.size(), Math.max(1, layout.demoRows() / 3))))
                    .orElse(List.of());
        }
        return new Page(heading, text, layout, note);
    }

    private synchronized void redraw() {
        if (screen == null) {
            return;
        }
        Size size = screen.size();
        Page page = page();
        scroll = Math.max(0, Math.min(scroll, page.text.size() - page.layout.textRows()));
        demoSize = page.demoSize();
        List<AttributedString> demo = new ArrayList<>(page.note);
        List<AttributedString> picture = slot.lines();
        if (picture != null) {
            if (!demo.isEmpty()) {
                demo.add(AttributedString.EMPTY);
            }
            demo.addAll(picture);
        }
        List<AttributedString> rows = WalkScreen.compose(size.getColumns(), size.getRows(), page.layout,
                page.heading, page.text, help || digits != null ? 0 : scroll, demo, status(page), where(), KEYS);
        screen.draw(color ? rows : rows.stream().map(line -> new AttributedString(line.toString())).toList());
        observer.accept("drawn");
    }

    private String status(Page page) {
        String more = scroll + page.layout.textRows() < page.text.size() ? "▾ more below: Space" : null;
        if (message != null) {
            return message;
        }
        String demo = slot.status();
        if (demo != null) {
            return demo + (more == null ? "" : " · " + more);
        }
        if (more == null && step < sections.get(section).steps().size() - 1) {
            return "▾ Space shows more";
        }
        return more;
    }

    private String where() {
        return lesson.id() + " " + (section + 1) + "/" + sections.size() + " · " + sections.get(section).heading();
    }

    // Demos.

    private void startDemo(boolean paused) {
        demo().ifPresent(demo -> {
            demoSize = page().demoSize();
            slot.run(lesson, demo, () -> demoSize, paused);
        });
    }

    private void stepDemo() {
        demo().ifPresent(demo -> {
            demoSize = page().demoSize();
            slot.step(lesson, demo, () -> demoSize);
        });
    }

    /** The current section's demo, or empty with a message saying it has none. */
    private Optional<Demo> demo() {
        Optional<Demo> demo = demos == null ? Optional.empty() : sections.get(section).demo().flatMap(lesson::demo);
        if (demo.isEmpty()) {
            message = "this section has no demo";
        }
        return demo;
    }

    /** The status row while a demo is shown: the walk's keys on it are r and s. */
    private static String demoStatus(Demo demo, DemoControls controls, String ending) {
        return ending == null
                ? "▶ demo " + demo.name() + " · " + (controls.isPaused() ? "s steps, r runs" : "s steps it")
                : "■ demo " + demo.name() + " " + ending + " · r runs it again";
    }

    private KeyMap<Action> keyMap() {
        KeyMap<Action> map = ScreenKeys.pagingMap(terminal, Action.NEXT, Action.BACK, Action.IGNORE);
        map.bind(Action.ENTER, "\r", "\n");
        for (char digit = '0'; digit <= '9'; digit++) {
            map.bind(Action.DIGIT, String.valueOf(digit));
        }
        map.bind(Action.JUMP, "g");
        map.bind(Action.RUN, "r");
        map.bind(Action.STEP, "s");
        map.bind(Action.QUIT, "q", "Q");
        map.bind(Action.HELP, "?", "h");
        map.bind(Action.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(Action.CANCEL, KeyMap.esc());
        return map;
    }
}
