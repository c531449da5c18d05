package dev.gocon.app.render.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceScript;
import dev.gocon.trace.TimeScale;
import dev.gocon.trace.Timeline;
import dev.gocon.trace.TraceState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LiveTest {

    private static final String HIDE = "\u001b[?25l";
    private static final String SHOW = "\u001b[?25h";
    private static final LiveFrame.Footer FOOTER = new LiveFrame.Footer(TimeScale.REAL, new CarrierStats(2, 2), 0, 0, 0);

    private static Timeline midKitchen() {
        Timeline timeline = new Timeline();
        TraceScript.kitchenMidway().forEach(timeline::apply);
        return timeline;
    }

    private static String text(List<AttributedString> frame) {
        StringBuilder b = new StringBuilder();
        frame.forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    @Test
    void frameAt80Columns() {
        assertEquals("""
                                     0s        100µs     200µs     300µs     400µs     500µs
                @carrier-1           aaaaaaaa..bbbbbbbbbbbbbbbbbbbbbb.............ddd▏
                @carrier-2           ...........c............................cc......▏
                a ← g1 main          ████████←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←←▏ done (n…
                b ▷ g2 waiter             ░░░░░██████████•█████████•█→→→→→→→→→→→→→→→░▏
                c z g3 chef-1              ░░░░░█←←←←←←←←←░░░░░░░░░░░░░░░░░░░•█zzzzzz▏ 200ms
                d ■ g4 chef-2               ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░█•█▏ stove (…
                ≡ done  recv: g1
                ≡ orders ["stew", _] cap 2
                ■ stove held by g3  wait: g4
                █ run ░ ready → send ← recv ◇ select ■ lock w wait z sleep ~ io • hand-over
                480µs  ▷1 ←1 ■1 z1  carriers 2/2 busy
                """, text(LiveFrame.build(midKitchen(), 80, 24, false, FOOTER)));
    }

    @Test
    void frameAt40ColumnsAbbreviatesAndNeverWraps() {
        List<AttributedString> frame = LiveFrame.build(midKitchen(), 40, 24, false, FOOTER);
        assertEquals("""
                             0s      400µs   800µs
                @c1          aabbbbb..d▏
                @c2          ..c.....c.▏
                a ← g1 main  ██←←←←←←←←▏ done (no send…
                b ▷ g2 wait…  ░██•█•→→→▏
                c z g3 chef…  ░←←░░░░•z▏ 200ms
                d ■ g4 chef…  ░░░░░░░░•▏ stove (held b…
                ≡ done  recv: g1
                ≡ orders ["stew", _] cap 2
                ■ stove held by g3  wait: g4
                █ run ░ ready → send ← recv ◇ select ■…
                480µs  ▷1 ←1 ■1 z1  carriers 2/2 busy
                """, text(frame));
        frame.forEach(line -> assertTrue(line.columnLength() < 40, line.toString()));
    }

    @Test
    void aShortTerminalShowsTheBusiestLanesAndCountsTheRest() {
        TraceScript s = new TraceScript();
        TraceEvent.Who main = TraceScript.g(1, "main");
        for (int i = 2; i <= 30; i++) {
            s.spawn(main, "carrier-1", TraceScript.g(i, "worker-" + i));
        }
        s.start(TraceScript.g(7, "worker-7"), "carrier-2").exit(TraceScript.g(8, "worker-8"), "carrier-2");
        Timeline timeline = new Timeline();
        s.events().forEach(timeline::apply);
        List<AttributedString> frame = LiveFrame.build(timeline, 80, 8, false,
                new LiveFrame.Footer(TimeScale.REAL, null, 0, 0, 0));
        assertEquals("""
                                     0s
                @carrier-1           a▏
                a ▶ g1 main          █▏
                b ▷ g2 worker-2      ░▏
                c ▶ g7 worker-7      █▏
                +27 more: ▷26 ✓1
                █ run ░ ready → send ← recv ◇ select ■ lock w wait z sleep ~ io • hand-over
                0s  ▶2 ▷27 ✓1  carriers 2/2 busy
                """, text(frame));
    }

    @Test
    void lanesOnASlideOrAWalkCountInTheDemosUnits() {
        TimeScale hundredMicros = TimeScale.of("h", java.time.Duration.ofNanos(100_000));
        List<AttributedString> frame = LiveFrame.lanes(midKitchen(), hundredMicros, 80, 24, false);
        String axis = frame.getFirst().toString();
        assertTrue(axis.strip().startsWith("0h        1h        2h"), "the axis in the demo's hours: " + axis);
        assertTrue(frame.getLast().toString().startsWith("4.8h "), "the clock too: " + frame.getLast());
        assertTrue(text(frame).contains("z g3 chef-1") && text(frame).contains(" 2000h"),
                "and how long a dish sleeps:\n" + text(frame));
    }

    @Test
    void belowTheMinimumSizeOneLineSaysSo() {
        List<AttributedString> frame = LiveFrame.build(midKitchen(), 25, 24, false, FOOTER);
        assertEquals(1, frame.size());
        assertTrue(frame.get(0).toString().startsWith("(live trace: needs 30x5"), frame.get(0).toString());
    }

    @Test
    void theLastFrameFitsTheWholeRunAndNoOneRunsAfterTheEnd() {
        Timeline timeline = Timeline.of(TraceScript.kitchen());
        String frame = text(LiveFrame.build(timeline, 80, 24, false, FOOTER));
        assertFalse(frame.contains("▏"), "no now edge once the run is over:\n" + frame);
        assertTrue(frame.contains("a ✓ g1 main"), frame);
        assertTrue(frame.contains("d ✗ g4 chef-2"), frame);
        assertTrue(frame.contains("carriers 0/2 busy"), frame);
    }

    @Test
    void aSteppedRunHasNoCarriers() {
        TraceScript s = new TraceScript();
        TraceEvent.Who main = TraceScript.g(1, "main");
        TraceEvent.Who chef = TraceScript.g(2, "chef");
        s.at(0).start(main, "").spawn(main, "", chef).at(0.1).start(chef, "").at(0.2).sleep(main, "", java.time.Duration.ofMillis(1));
        Timeline timeline = new Timeline();
        s.events().forEach(timeline::apply);
        String frame = text(LiveFrame.build(timeline, 80, 24, false, FOOTER));
        assertTrue(frame.contains("stepped: one goroutine at a time"), frame);
        assertFalse(frame.contains("carriers"), frame);
        assertEquals(1, timeline.state().count(TraceState.GState.RUNNING), "one goroutine at a time");
    }

    @Test
    void colourOnlyWhenEnabled() {
        String plain = LiveFrame.build(midKitchen(), 80, 24, false, FOOTER).get(0).toAnsi();
        String colored = LiveFrame.build(midKitchen(), 80, 24, true, FOOTER).get(0).toAnsi();
        assertFalse(plain.contains("\u001b"), plain);
        assertTrue(colored.contains("\u001b["), colored);
    }

    private static Terminal terminal(ByteArrayOutputStream bytes, int columns, int rows) throws Exception {
        Terminal terminal = new LineDisciplineTerminal("test", "xterm-256color", bytes, StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
        return terminal;
    }

    private static LiveView view(Terminal terminal, Recorder recorder) {
        TraceOptions options = new TraceOptions(terminal, System.out, false, true, 0, null);
        return new LiveView(options, recorder, () -> new CarrierStats(2, 2), () -> 0L, false);
    }

    @Test
    @Timeout(10)
    void theViewDrawsFramesPrintsTheDemoAboveAndRestoresTheCursor() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Terminal terminal = terminal(bytes, 80, 24);
        Recorder recorder = new Recorder();
        List<TraceEvent> kitchen = TraceScript.kitchen();
        try (LiveView view = view(terminal, recorder)) {
            kitchen.stream().filter(e -> e.nanos() <= TraceScript.KITCHEN_MIDWAY_NANOS).forEach(view.sink()::accept);
            view.output().println("the kitchen opens");
            view.renderNow();
            assertEquals(text(LiveFrame.build(midKitchen(), 80, 18, false,
                    FOOTER)), text(view.lastFrame()));
            long frames = view.frames();
            view.renderNow();
            assertEquals(frames, view.frames(), "an unchanged frame is skipped");

            terminal.setSize(new Size(40, 24));
            view.renderNow();
            assertEquals(frames + 1, view.frames(), "a resize redraws");
            view.lastFrame().forEach(line -> assertTrue(line.columnLength() < 40, line.toString()));

            kitchen.stream().filter(e -> e.nanos() > TraceScript.KITCHEN_MIDWAY_NANOS).forEach(view.sink()::accept);
            view.finish();
            assertTrue(text(view.lastFrame()).contains("✗ g4 chef"), text(view.lastFrame()));
            assertTrue(text(view.lastFrame()).contains("✓3 ✗1  carriers 0/2 busy"), "the last frame: no one runs");
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.indexOf(HIDE) >= 0 && out.indexOf(HIDE) < out.indexOf("the kitchen opens"), out);
        assertTrue(out.contains("\u001b[?2026h") && out.contains("\u001b[?2026l"), "synchronized updates");
        assertTrue(out.lastIndexOf(SHOW) > out.lastIndexOf(HIDE), "cursor shown at the end");
        assertTrue(out.lastIndexOf(SHOW) > out.lastIndexOf("burnt the cake"), "after the last frame");
    }

    @Test
    @Timeout(10)
    void theCursorComesBackWhenTheRunThrows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Terminal terminal = terminal(bytes, 40, 12);
        assertThrows(IllegalStateException.class, () -> {
            try (LiveView view = view(terminal, new Recorder())) {
                TraceScript.kitchen().stream().limit(10).forEach(view.sink()::accept);
                view.renderNow();
                throw new IllegalStateException("the demo failed");
            }
        });
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains(HIDE));
        assertTrue(out.lastIndexOf(SHOW) > out.lastIndexOf(HIDE), out);
        assertTrue(out.endsWith(SHOW) || out.substring(out.lastIndexOf(SHOW)).length() < 16, out);
    }

    @Test
    @Timeout(20)
    void withItsRenderThreadTheViewFollowsTheRunAndStopsOnClose() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Terminal terminal = terminal(bytes, 80, 24);
        TraceOptions options = new TraceOptions(terminal, System.out, true, true, 0, null);
        TraceView view = TraceView.open(TraceMode.LIVE, options);
        assertTrue(view instanceof LiveView);
        Thread renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("gocon-trace-live")).findFirst().orElseThrow();
        TraceScript.kitchen().forEach(view.sink()::accept);
        for (int i = 0; i < 20; i++) {
            view.output().println("line " + i);
        }
        view.finish();
        view.close();
        assertFalse(renderer.isAlive(), "render thread stopped");
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
            assertTrue(out.contains("line " + i + "\n") || out.contains("line " + i + "\r\n"), out);
        }
        assertTrue(out.lastIndexOf(SHOW) > out.lastIndexOf(HIDE));
    }

    @Test
    void aDumbTerminalIsNotLive() throws Exception {
        Terminal dumb = new LineDisciplineTerminal("test", Terminal.TYPE_DUMB, new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        assertFalse(LiveView.usable(dumb));
        assertFalse(LiveView.usable(null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (TraceView view = TraceView.open(TraceMode.LIVE, new TraceOptions(dumb, out, false, false, 80, null))) {
            assertTrue(view instanceof LogView);
        }
    }
}
