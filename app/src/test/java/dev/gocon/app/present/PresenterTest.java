package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Lesson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The presenter's keys on a virtual 80x24 terminal, with a latch-driven fake demo. */
@Timeout(30)
class PresenterTest {

    private static final String ENTER = "\033[?1049h";
    private static final String SHOW_CURSOR = "\033[?25h";

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<ScreenState> screens = new LinkedBlockingQueue<>();
    private volatile ScreenState last;
    private VirtualTerminal vt;

    @BeforeEach
    void open() throws IOException {
        vt = new VirtualTerminal(80, 24);
    }

    @AfterEach
    void close() throws IOException {
        vt.close();
    }

    /** Starts presenting on its own thread and waits until the first frame is up. */
    private CompletableFuture<Integer> present(Lesson lesson, SlideDemos demos, SpeakerNotes notes) throws Exception {
        Presenter presenter = new Presenter(vt.terminal, List.of(lesson), demos, DemoSettings.rehearsed(),
                Theme.PROJECTOR, true, notes, vt.terminal.output(), events::add);
        presenter.onScreen(state -> {
            last = state;
            screens.add(state);
        });
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> {
            try {
                return presenter.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        await("frame 0");
        return result;
    }

    /** Waits for the presenter to report {@code event}, skipping others. */
    private void await(String event) throws InterruptedException {
        while (true) {
            String next = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(next, "the presenter reported '" + event + "'");
            if (next.equals(event)) {
                return;
            }
        }
    }

    /** The presenter's screen now, as text. */
    private String screen() {
        return String.join("\n", last.rows().stream().map(AttributedString::toString).toList());
    }

    /** Waits for a screen that {@code test} accepts, skipping others; returns it as text. */
    private String awaitScreen(java.util.function.Predicate<String> test, String what) throws InterruptedException {
        while (true) {
            ScreenState next = screens.poll(10, TimeUnit.SECONDS);
            assertNotNull(next, "the screen showed " + what + "; last:\n" + (last == null ? "" : screen()));
            String text = String.join("\n", next.rows().stream().map(AttributedString::toString).toList());
            if (test.test(text)) {
                return text;
            }
        }
    }

    private void assertRestored() {
        String out = vt.output();
        assertTrue(out.startsWith(ENTER), "entered the alternate screen first");
        assertTrue(out.endsWith(org.jline.utils.Curses.tputs(vt.terminal.getStringCapability(Capability.exit_ca_mode))),
                () -> "left the alternate screen, and drew nothing after: " + out.substring(Math.max(0, out.length() - 80)).replace("\033", "\\E"));
        assertTrue(out.lastIndexOf(SHOW_CURSOR) > out.lastIndexOf("\033[?25l"), "cursor shown again");
        Attributes attributes = vt.terminal.getAttributes();
        assertTrue(attributes.getLocalFlag(Attributes.LocalFlag.ICANON), "line mode restored");
        assertTrue(attributes.getLocalFlag(Attributes.LocalFlag.ECHO), "echo restored");
    }

    @Test
    void spaceGoesOnArrowsGoBothWaysAndQQuits() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(), null, null);
        vt.type(" ");
        await("frame 1");
        vt.type("\r");
        await("frame 2");
        vt.type("\033[D");
        await("frame 1");
        vt.type("\033[C");
        await("frame 2");
        vt.type("q");
        await("quit");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertRestored();
        String out = vt.output();
        assertTrue(out.contains("sample · 2/"), "the footer counts slides");
        assertTrue(out.contains("Before the pause."), out);
    }

    @Test
    void ctrlCQuitsWithOneHundredThirtyAndRestoresTheScreen() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(), null, null);
        vt.type("\003");
        assertEquals(Presenter.INTERRUPTED, result.get(10, TimeUnit.SECONDS));
        assertRestored();
    }

    @Test
    void rRunsTheDemoPPausesSStepsAndPlusMinusChangePace() throws Exception {
        FakeDemo fake = new FakeDemo();
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                (lesson, demo, settings) -> fake, null);
        vt.type("   ");
        await("frame 3");
        vt.type("r");
        await("demo started");
        assertEquals("tick 1", fake.drawn.poll(10, TimeUnit.SECONDS));
        vt.type("p");
        await("paused");
        fake.proceed();
        assertTrue(fake.controls().isPaused());
        vt.type("s");
        await("step");
        assertEquals("tick 2", fake.drawn.poll(10, TimeUnit.SECONDS), "one step lets one tick through");
        vt.type("-");
        await("pace 2.0");
        vt.type("+");
        vt.type("+");
        await("pace 1.0");
        await("pace 0.5");
        vt.type("p");
        await("resumed");
        fake.proceed();
        assertEquals("tick 3", fake.drawn.poll(10, TimeUnit.SECONDS));
        await("demo finished");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertRestored();
        String out = vt.output();
        assertTrue(out.contains("tick"), "the demo drew inside the slide");
        assertTrue(out.contains("seed 1 (rehearsed)"), "the rehearsed seed is the default");
        assertTrue(screen().contains("tick 3"), screen());
        assertTrue(screen().contains("ticks finished"), "the status row says the demo finished");
    }

    @Test
    void theTracedDemoShowsWhatTheDemoPrintsAndItsLanes() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                TracedSlideDemo.factory(false), null);
        vt.type("   r");
        await("demo finished");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertTrue(screen().contains("ticks ran"), "the demo's printed line is on the slide");
        assertTrue(screen().contains("g1 main"), "the lanes are drawn on the slide");
        assertTrue(screen().contains("ticks finished"));
    }

    @Test
    void aResizeLaysTheSlidesOutAgainAndKeepsThePlace() throws Exception {
        Presenter presenter = new Presenter(vt.terminal, List.of(SlideSplitterTest.sample()), null,
                DemoSettings.rehearsed(), Theme.DEFAULT, false, null, vt.terminal.output(), events::add);
        List<String> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        presenter.onResize((w, h) -> sizes.add(w + "x" + h));
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> {
            try {
                return presenter.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        await("frame 0");
        vt.type(" ");
        await("frame 1");
        vt.terminal.setSize(new org.jline.terminal.Size(60, 20));
        vt.terminal.raise(org.jline.terminal.Terminal.Signal.WINCH);
        await("frame 1");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("60x20"), sizes);
    }

    @Test
    void theScreenIsRestoredWhenADemoThrows() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                (lesson, demo, settings) -> (controls, region) -> {
                    throw new IllegalStateException("boom");
                }, null);
        vt.type("   r");
        await("demo failed");
        await("demo finished");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertRestored();
        assertTrue(screen().contains("failed: boom"), screen());
    }

    @Test
    void theScreenIsRestoredWhenThePresenterItselfFails() throws Exception {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("the notes pane is gone");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Presenter presenter = new Presenter(vt.terminal, List.of(SlideSplitterTest.sample()), null,
                DemoSettings.rehearsed(), Theme.DEFAULT, true, SpeakerNotes.appendingTo(broken), vt.terminal.output(),
                events::add);
        IOException e = assertThrows(IOException.class, presenter::run);
        assertEquals("the notes pane is gone", e.getMessage());
        assertRestored();
    }

    @Test
    void notesGoToTheirOwnPlaceAndNeverToTheScreen() throws Exception {
        StringWriter notes = new StringWriter();
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(), null, SpeakerNotes.appendingTo(notes));
        vt.type(" ");
        await("frame 1");
        vt.type(" ");
        await("frame 2");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertTrue(notes.toString().contains("sample · 2/"), notes.toString());
        assertTrue(notes.toString().contains("Say hello.\nThen point at the lanes."), notes.toString());
        assertTrue(notes.toString().contains("next: Code"), notes.toString());
        assertEquals(1, notes.toString().split("Say hello", -1).length - 1, "a reveal on the same page sends no notes");
        assertFalse(vt.output().contains("Say hello"), "notes are never on the main screen");
    }

    @Test
    void sStepsAPausedDemoOneTurnAtATimeAndAfterTheEndRAndSStartItAgain() throws Exception {
        StepDemo demo = new StepDemo();
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                (lesson, d, settings) -> demo, null);
        vt.type("   ");
        await("frame 3");
        vt.type("s");
        await("demo started");
        await("step");
        awaitScreen(s -> s.contains("tick 1") && s.contains("paused"), "the first step, paused");
        vt.type("s");
        await("step");
        awaitScreen(s -> s.contains("tick 2"), "the second step");
        vt.type("s");
        // The demo may finish before the presenter reports the step, so wait for the screen instead.
        awaitScreen(s -> s.contains("tick 3") && s.contains("ticks finished · r runs it again"), "the end");
        vt.type("s");
        await("demo started");
        await("step");
        awaitScreen(s -> s.contains("tick 1") && s.contains("paused"), "a fresh run, stepped once");
        vt.type("r");
        await("demo started");
        await("demo finished");
        awaitScreen(s -> s.contains("tick 3") && s.contains("ticks finished"), "a full run again");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(1, 2, 3, 1, 1, 2, 3), demo.ticks, "each s let exactly one tick through");
    }

    @Test
    void sStepsTheRealSteppedRunAndEachStepShows() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(pingPong()),
                TracedSlideDemo.factory(false), null);
        vt.type("   ");
        await("frame 3");
        vt.type("s");
        await("step");
        String before = awaitScreen(s -> s.contains("paused"), "the paused run");
        java.util.Set<List<AttributedString>> pictures = new java.util.HashSet<>();
        for (int press = 0; press < 8 && pictures.size() < 3; press++) {
            vt.type("s");
            await("step");
            awaitScreen(s -> true, "a screen after the step");
            while (screens.poll(300, TimeUnit.MILLISECONDS) != null) {
                // let the painter show the step; the set below only counts distinct pictures
            }
            pictures.add(last.demo());
        }
        assertTrue(pictures.size() >= 3, "steps of a paused run change the picture: " + pictures.size() + "\n" + before);
        assertTrue(screen().contains("paused"), "still paused after the steps");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theDemoDrawsUnderTheSlideTextAndOnASmallScreenTheTextFoldsToOneLine() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                (lesson, d, settings) -> (controls, region) -> region.draw(List.of(new AttributedString("DEMO AREA"))),
                null);
        vt.type("   r");
        String tall = awaitScreen(s -> s.contains("DEMO AREA"), "the demo");
        List<String> rows = tall.lines().toList();
        int text = indexOf(rows, "Watch it run");
        assertTrue(text >= 0, "the slide's text stays while the demo runs:\n" + tall);
        assertTrue(indexOf(rows, "DEMO AREA") > indexOf(rows, "<!-- pause -->"), "the demo is under the text:\n" + tall);
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));

        vt.close();
        vt = new VirtualTerminal(60, 12);
        screens.clear();
        result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                (lesson, d, settings) -> (controls, region) -> region.draw(List.of(new AttributedString("DEMO AREA"))),
                null);
        vt.type("   r");
        String small = awaitScreen(s -> s.contains("DEMO AREA"), "the demo on a small screen");
        assertTrue(small.contains("…"), "the text is folded to one line:\n" + small);
        assertEquals(-1, small.indexOf("<!-- pause -->"), "the rest of the text waits:\n" + small);
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
    }

    private static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** A stepped run with a few scheduling steps: a ball sent back and forth. */
    private static dev.gocon.course.Demo pingPong() {
        return new dev.gocon.course.Demo() {
            @Override
            public String name() {
                return "ticks";
            }

            @Override
            public String summary() {
                return "a ball sent four times";
            }

            @Override
            public void run(dev.gocon.course.DemoContext context) {
                dev.gocon.go.Channel<Integer> ball = dev.gocon.go.Channel.make("ball");
                dev.gocon.go.Go.go("thrower", () -> {
                    for (int i = 1; i <= 4; i++) {
                        ball.send(i);
                        dev.gocon.go.Go.sleep(java.time.Duration.ofMillis(10));
                    }
                    ball.close();
                });
                for (int hit : ball) {
                    context.out().println("caught " + hit);
                }
            }
        };
    }

    /** A demo of three ticks, each after one turn of the controls, recording which ticks it drew. */
    static final class StepDemo implements SlideDemo {
        final List<Integer> ticks = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void run(DemoControls controls, Region region) throws Exception {
            for (int tick = 1; tick <= 3; tick++) {
                if (!controls.awaitTurn()) {
                    return;
                }
                ticks.add(tick);
                region.draw(List.of(new AttributedString("tick " + tick)));
            }
        }
    }

    /** A demo that draws "tick N" and waits for the test between ticks: no timers. */
    static final class FakeDemo implements SlideDemo {
        final BlockingQueue<String> drawn = new LinkedBlockingQueue<>();
        private final java.util.concurrent.Semaphore go = new java.util.concurrent.Semaphore(0);
        private volatile DemoControls controls;

        DemoControls controls() {
            return controls;
        }

        /** Lets the demo try for its next tick. */
        void proceed() {
            go.release();
        }

        @Override
        public void run(DemoControls controls, Region region) throws Exception {
            this.controls = controls;
            for (int tick = 1; tick <= 3; tick++) {
                if (tick > 1) {
                    go.acquire();
                }
                if (!controls.awaitTurn()) {
                    return;
                }
                region.draw(List.of(new AttributedString("tick " + tick)));
                drawn.add("tick " + tick);
            }
        }
    }
}
