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
        assertTrue(out.contains("tick 3"), "the demo drew inside the slide");
        assertTrue(out.contains("ticks finished"), "the status row says the demo finished");
        assertTrue(out.contains("seed 1 (rehearsed)"), "the rehearsed seed is the default");
    }

    @Test
    void theTracedDemoShowsWhatTheDemoPrintsAndItsLanes() throws Exception {
        CompletableFuture<Integer> result = present(SlideSplitterTest.sample(SlideSplitterTest.demo("ticks")),
                TracedSlideDemo.factory(false), null);
        vt.type("   r");
        await("demo finished");
        vt.type("q");
        assertEquals(Presenter.DONE, result.get(10, TimeUnit.SECONDS));
        assertTrue(vt.output().contains("ticks ran"), "the demo's printed line is on the slide");
        assertTrue(vt.output().contains("g1 main"), "the lanes are drawn on the slide");
        assertTrue(vt.output().contains("ticks finished"));
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
        assertTrue(vt.output().contains("failed: boom"));
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
