package dev.gocon.app.render.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.json.Json;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.trace.GoText;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceScript;
import dev.gocon.trace.TraceState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LogTest {

    private static final String KITCHEN_NO_TIMES = """
            g1 main        @carrier-1  start
            g1 main        @carrier-1  spawn     g2 waiter
            g1 main        @carrier-1  spawn     g3 chef-1
            g1 main        @carrier-1  spawn     g4 chef-2
            g1 main        @carrier-1  block     [chan receive] done (no sender)
            g2 waiter      @carrier-1  start
            g3 chef-1      @carrier-2  start
            g3 chef-1      @carrier-2  block     [chan receive] orders (buffer empty)
            g2 waiter      @carrier-1  send      orders <- "soup"  [0/2]
            g2 waiter      @carrier-1  wake      g3 chef-1
            g2 waiter      @carrier-1  send      orders <- "cake"  [1/2]
            g2 waiter      @carrier-1  send      orders <- "stew"  [2/2]
            g2 waiter      @carrier-1  block     [chan send] orders (buffer full)
            g3 chef-1      @carrier-2  recv      orders -> "soup"  (blocked: buffer empty)  [2/2]
            g3 chef-1      @carrier-2  lock      stove
            g3 chef-1      @carrier-2  sleep     200ms
            g4 chef-2      @carrier-1  start
            g4 chef-2      @carrier-1  recv      orders -> "cake"  [1/2]
            g4 chef-2      @carrier-1  wake      g2 waiter
            g4 chef-2      @carrier-1  block     [semacquire] stove (held by g3)
            g2 waiter      @carrier-1  send      orders <- "pie"  (blocked: buffer full)  [2/2]
            g2 waiter      @carrier-1  close     orders
            g2 waiter      @carrier-1  exit
            g3 chef-1      @carrier-2  wake      g3 chef-1
            g3 chef-1      @carrier-2  unlock    stove
            g3 chef-1      @carrier-2  wake      g4 chef-2
            g4 chef-2      @carrier-1  lock      stove  (blocked: held by g3)
            g3 chef-1      @carrier-2  recv      orders -> "stew"  [1/2]
            g3 chef-1      @carrier-2  recv      orders -> "pie"  [0/2]
            g3 chef-1      @carrier-2  recv      orders -> "" (closed)  [0/2]
            g3 chef-1      @carrier-2  send      done <- true
            g3 chef-1      @carrier-2  wake      g1 main
            g3 chef-1      @carrier-2  exit
            g4 chef-2      @carrier-1  unlock    stove
            g4 chef-2      @carrier-1  select    case 1: <-orders
            g4 chef-2      @carrier-1  panic     "burnt the cake"
            g1 main        @carrier-2  recv      done -> true  (blocked: no sender)
            g1 main        @carrier-2  exit
            """;
    /** What the log view prints: a goroutine waking itself (its sleep is over) is left to the timeline. */
    private static final String KITCHEN_LOGGED =
            KITCHEN_NO_TIMES.replace("g3 chef-1      @carrier-2  wake      g3 chef-1\n", "");


    private static String log(List<TraceEvent> events, boolean times) {
        LogFormat format = new LogFormat(times);
        StringBuilder b = new StringBuilder();
        events.forEach(e -> b.append(format.format(e)).append('\n'));
        return b.toString();
    }

    @Test
    void theKitchenLogsAsDocumented() {
        assertEquals(KITCHEN_NO_TIMES, log(TraceScript.kitchen(), false));
    }

    @Test
    void theTimeColumnIsMillisecondsRightAligned() {
        TraceScript s = new TraceScript();
        TraceEvent.Who chef = TraceScript.g(3, "chef-2");
        TraceEvent.Ref orders = TraceScript.ref(1, "orders");
        s.at(10).block(chef, "carrier-1", TraceEvent.BlockReason.SEND, orders, "buffer full")
                .at(12.403).send(chef, "carrier-1", orders, "\"soup\"", 4, 4)
                .at(1234.5).exit(chef, "");
        String[] lines = log(s.events(), true).split("\n");
        assertEquals("   12.403 ms  g3 chef-2      @carrier-1  send      orders <- \"soup\"  (blocked: buffer full)  [4/4]",
                lines[1]);
        assertEquals(" 1234.500 ms  g3 chef-2      @-          exit", lines[2]);
    }

    @Test
    void noEscapeBytesEverReachTheLog() {
        TraceScript s = new TraceScript();
        TraceEvent.Who evil = TraceScript.g(1, "x\u001b[2Jy");
        s.send(evil, "c\u001b", TraceScript.ref(1, "o\u0007"), GoText.show("\u001b[31mred\n"), 1, 2)
                .send(evil, "c", TraceScript.ref(1, "o"), "not from the runtime \u001b[2J", 2, 2)
                .panic(evil, "c", "bad\r\u009b");
        String log = log(s.events(), true);
        for (char c : log.toCharArray()) {
            assertTrue(c == '\n' || !Text.isControl(c), "control character " + (int) c + " in " + log);
        }
        assertTrue(log.contains("\"\\x1b[31mred\\n\""), log);
    }

    @Test
    @Timeout(20)
    void theRuntimeRendersAValueOnceAndTheLogPrintsItAsGiven() {
        Recorder recorder = new Recorder(1_000);
        Go.run(RunConfig.stepped(1).withSink(recorder), () -> {
            Channel<Object> orders = Channel.make("orders", 4);
            orders.send("soup");
            orders.send("say \"hi\"\n\u001b[2J");
            orders.send(3);
            orders.send(new Object() {
                @Override
                public String toString() {
                    return "odd\tthing\u001b";
                }
            });
        }).throwIfFailed();
        String log = log(recorder.events(), false);
        for (char c : log.toCharArray()) {
            assertTrue(c == '\n' || !Text.isControl(c), "control character " + (int) c + " in " + log);
        }
        assertTrue(log.contains("orders <- \"soup\"  [1/4]"), log);
        assertTrue(log.contains("orders <- \"say \\\"hi\\\"\\n\\x1b[2J\"  [2/4]"), log);
        assertTrue(log.contains("orders <- 3  [3/4]"), log);
        assertTrue(log.contains("orders <- odd\\tthing\\x1b  [4/4]"), log);
    }

    @Test
    void everyBlockIsFollowedByItsWakeOrTheEndOfTheRun() {
        // Take the kitchen, cut it short in the middle: the blocks still pending show as "end" lines.
        List<TraceEvent> cut = TraceScript.kitchenMidway();
        LogFormat format = new LogFormat(false);
        TraceState state = new TraceState();
        List<String> lines = new ArrayList<>();
        for (TraceEvent e : cut) {
            lines.add(format.format(e));
            state.apply(e);
        }
        lines.addAll(format.endOfRun(state, 0));
        Map<String, Integer> open = new HashMap<>();
        for (String line : lines) {
            String who = line.substring(0, 14).strip();
            String verb = line.substring(27).split(" ")[0];
            if (verb.equals("block")) {
                open.merge(who, 1, Integer::sum);
            } else if (verb.equals("wake") || verb.equals("end")) {
                String woken = verb.equals("wake") ? line.substring(37) : who;
                open.computeIfPresent(woken, (k, n) -> n > 1 ? n - 1 : null);
            }
        }
        assertEquals(Map.of(), open, String.join("\n", lines));
        assertEquals(List.of(
                "g1 main        @carrier-1  end       still blocked: [chan receive] done",
                "g3 chef-1      @carrier-2  end       still blocked: [sleep] 200ms",
                "g4 chef-2      @carrier-1  end       still blocked: [semacquire] stove"),
                lines.subList(lines.size() - 3, lines.size()));
        // The full kitchen leaves nobody blocked.
        TraceState all = new TraceState();
        TraceScript.kitchen().forEach(all::apply);
        assertEquals(List.of(), new LogFormat(false).endOfRun(all, 0));
    }

    @Test
    @Timeout(10)
    void theLogViewInterleavesTheDemosLinesInOrder(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path json = dir.resolve("run.json");
        List<TraceEvent> kitchen = TraceScript.kitchen();
        try (TraceView view = TraceView.open(TraceMode.LOG, new TraceOptions(null, out, false, false, 80, json))) {
            for (int i = 0; i < kitchen.size(); i++) {
                view.sink().accept(kitchen.get(i));
                if (i == 4) {
                    view.output().println("main waits for the kitchen");
                }
            }
            view.output().print("all served");
            view.finish();
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        String[] expected = KITCHEN_LOGGED.split("\n");
        assertEquals(expected[4], lines[4]);
        assertEquals("main waits for the kitchen", lines[5]);
        assertEquals(expected[5], lines[6]);
        assertEquals("all served", lines[expected.length + 1]);
        assertTrue(lines[lines.length - 1].startsWith("trace written to " + json), lines[lines.length - 1]);
        Json.parse(Files.readString(json));
    }

    @Test
    @Timeout(10)
    void liveWithoutATerminalFallsBackToTheLog() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (TraceView view = TraceView.open(TraceMode.LIVE, new TraceOptions(null, out, true, false, 80, null))) {
            TraceScript.kitchen().forEach(view.sink()::accept);
            view.finish();
        }
        assertEquals(KITCHEN_LOGGED, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(KITCHEN_LOGGED.length() < KITCHEN_NO_TIMES.length(), "the self-wake is left out");
    }

    @Test
    @Timeout(10)
    void offPrintsOnlyTheDemoAndLeavesTheRunUntraced() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (TraceView view = TraceView.open(TraceMode.OFF, TraceOptions.plain(out))) {
            assertNull(view.sink(), "no sink: the runtime builds no events");
            view.output().println("hello");
            view.finish();
        }
        assertEquals("hello\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
