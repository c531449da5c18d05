package dev.gocon.app.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.present.SlideDemos;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.Lesson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.ScreenTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The walk on a virtual terminal: keys typed by the test, the screen's bytes read back. */
@Timeout(30)
class WalkTest {

    private static final String TEXT = """
            # A sample

            ## First

            Alpha text.

            ## Second

            Beta text.

            ## Third

            Gamma text.
            """;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private LineDisciplineTerminal terminal;

    @BeforeEach
    void open() throws IOException {
        terminal = new LineDisciplineTerminal("virtual", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    @Test
    void showsOneSectionAtATimeAndGivesTheScreenBackOnQ() throws Exception {
        RememberedPlace place = new RememberedPlace(null);
        FutureTask<Integer> walk = start(lesson(TEXT), null, place);
        await("section 0");
        assertTrue(screen().contains("A sample"), "the first section shows the lesson's title: " + screen());
        assertTrue(screen().contains("Alpha text."), screen());
        assertTrue(screen().contains("sample 1/4 · First"), "the footer says where: " + screen());
        assertFalse(output().contains("Beta text."), "only one section is shown");
        type(" ");
        await("section 1");
        assertTrue(screen().contains("Beta text."), screen());
        assertFalse(output().contains("Gamma text."), "only one section is shown");
        type("q");
        assertEquals(Walk.DONE, walk.get());
        assertRestored();
        assertEquals("Second", place.saved);
    }

    @Test
    void backNumbersAndGJumpBetweenSections() throws Exception {
        FutureTask<Integer> walk = start(lesson(TEXT), null, Places.NONE);
        await("section 0");
        type("3\r");
        await("section 2");
        assertTrue(screen().contains("Gamma text."), screen());
        type("b");
        await("section 1");
        type("g");
        awaitScreen("4. What next");
        type("1\r");
        await("section 0");
        type("9\r");
        awaitScreen("there is no section 9");
        type("q");
        assertEquals(Walk.DONE, walk.get());
    }

    @Test
    void offersToGoBackToTheRememberedPlace() throws Exception {
        RememberedPlace place = new RememberedPlace("Second");
        FutureTask<Integer> walk = start(lesson(TEXT), null, place);
        await("offered 1");
        assertTrue(screen().contains("back to where you left, 2/4 · Second"), screen());
        type("\r");
        await("section 1");
        type("  ");
        await("section 3");
        type("q");
        assertEquals(Walk.DONE, walk.get());
        assertEquals(null, place.saved, "a lesson read to its end is forgotten");
    }

    @Test
    void spaceDeclinesTheOfferAndTheNextSpaceGoesOn() throws Exception {
        RememberedPlace place = new RememberedPlace("Third");
        FutureTask<Integer> walk = start(lesson(TEXT), null, place);
        await("offered 2");
        type("  ");
        await("section 1");
        type("q");
        assertEquals(Walk.DONE, walk.get());
        assertEquals("Second", place.saved, "the first Space only declined the offer");
    }

    @Test
    void aLongSectionPagesWithinItself() throws Exception {
        String lines = IntStream.rangeClosed(1, 60).mapToObj(i -> "- item-" + i).collect(Collectors.joining("\n"));
        FutureTask<Integer> walk = start(lesson("# Long\n\n## Many\n\n" + lines + "\n\n## After\n\nThe end.\n"), null,
                Places.NONE);
        await("section 0");
        assertFalse(screen().contains("item-30"), "the first page only: " + screen());
        type(" "); // one page: two at once made the test depend on seeing the page between them
        awaitScreen("item-30");
        assertTrue(screen().contains("sample 1/3 · Many"), "Space pages down within the section: " + screen());
        type("q");
        assertEquals(Walk.DONE, walk.get());
    }

    @Test
    void ctrlCLeavesWith130AndRestores() throws Exception {
        FutureTask<Integer> walk = start(lesson(TEXT), null, Places.NONE);
        await("section 0");
        type("\u0003");
        assertEquals(Walk.INTERRUPTED, walk.get());
        assertRestored();
    }

    @Test
    void aResizeRedrawsAtTheNewWidth() throws Exception {
        FutureTask<Integer> walk = start(lesson(TEXT), null, Places.NONE);
        await("section 0");
        terminal.setSize(new Size(40, 12));
        terminal.raise(Signal.WINCH);
        await("resized");
        type("q");
        assertEquals(Walk.DONE, walk.get());
        assertRestored();
    }

    @Test
    void aDemoRunsInPlaceBelowItsTextAndRRunsItAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        SlideDemos demos = (lesson, demo, settings) -> (controls, region) -> region.draw(
                List.of(new AttributedString("LANES of " + demo.name() + ", run " + runs.incrementAndGet())));
        FutureTask<Integer> walk = start(lessonWithDemo(), demos, Places.NONE);
        awaitScreen("LANES of pass, run 1");
        assertTrue(screen().contains("Watch the chef."), screen());
        type("r");
        awaitScreen("LANES of pass, run 2");
        type("q");
        assertEquals(Walk.DONE, walk.get());
    }

    @Test
    void anExceptionStillGivesTheScreenBack() throws Exception {
        SlideDemos failing = (lesson, demo, settings) -> {
            throw new IllegalStateException("boom");
        };
        FutureTask<Integer> walk = start(lessonWithDemo(), failing, Places.NONE);
        ExecutionException thrown = assertThrows(ExecutionException.class, walk::get);
        assertEquals("boom", thrown.getCause().getMessage());
        assertRestored();
    }

    // Helpers.

    private FutureTask<Integer> start(Lesson lesson, SlideDemos demos, Places places) {
        FutureTask<Integer> task = new FutureTask<>(
                () -> new Walk(terminal, lesson, "The end page.", false, demos, places, events::add).run());
        Thread.ofPlatform().daemon().start(task);
        return task;
    }

    private void await(String event) throws InterruptedException {
        while (true) {
            String next = events.poll(20, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no '" + event + "' event; screen:\n" + output());
            }
            if (next.equals(event)) {
                return;
            }
        }
    }

    /** Waits until the screen shows {@code text}, looking again after each frame the walk draws. */
    private void awaitScreen(String text) throws InterruptedException {
        while (!screen().contains(text)) {
            if (events.poll(20, TimeUnit.SECONDS) == null) {
                throw new AssertionError("the screen never showed '" + text + "':\n" + screen());
            }
        }
    }

    /** What the screen shows now: the bytes written so far, played on a terminal emulator. */
    private String screen() {
        ScreenTerminal emulator = new ScreenTerminal(terminal.getWidth(), terminal.getHeight());
        emulator.write(output());
        // Cells the walk left alone (the Display moves past unchanged ones) hold no character.
        return emulator.toString().replace('\0', ' ');
    }

    private void type(String keys) throws IOException {
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    private String output() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private void assertRestored() {
        String out = output();
        String exitAlternate = capability(Capability.exit_ca_mode);
        String showCursor = capability(Capability.cursor_normal);
        assertTrue(out.contains(capability(Capability.enter_ca_mode)), "the walk used the alternate screen");
        assertTrue(out.lastIndexOf(exitAlternate) > out.lastIndexOf(capability(Capability.enter_ca_mode)),
                "the alternate screen was left");
        assertTrue(out.lastIndexOf(showCursor) > out.lastIndexOf(capability(Capability.cursor_invisible)),
                "the cursor is visible again");
    }

    private String capability(Capability capability) {
        return Curses.tputs(terminal.getStringCapability(capability));
    }

    private static Lesson lesson(String text) {
        return new Lesson("sample", "A sample", "One line.", text, List.of());
    }

    private static Lesson lessonWithDemo() {
        Demo pass = new Demo() {
            @Override
            public String name() {
                return "pass";
            }

            @Override
            public String summary() {
                return "A pass.";
            }

            @Override
            public void run(DemoContext context) {
            }
        };
        return new Lesson("sample", "A sample", "One line.",
                "# A sample\n\n## What to watch\n\nWatch the chef.\n\n## Last\n\nDone.\n", List.of(pass));
    }

    /** Places with one remembered heading, recording what is saved. */
    private static final class RememberedPlace implements Places {
        private final String heading;
        volatile String saved = "(nothing saved)";

        RememberedPlace(String heading) {
            this.heading = heading;
        }

        @Override
        public Optional<String> load() {
            return Optional.ofNullable(heading);
        }

        @Override
        public void save(String heading) {
            saved = heading;
        }
    }
}
