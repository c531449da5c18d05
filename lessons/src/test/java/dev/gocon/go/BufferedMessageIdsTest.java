package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A traced run pairs every buffered value's Send with its Receive by message id, on every path a
 * value takes through the buffer: put by a sender, moved in from a sender that waited on a full
 * buffer, put by a timer. (The ids travel in an array that only a traced run creates.)
 */
@Timeout(60)
class BufferedMessageIdsTest {

    private static final int VALUES = 20;

    private static Task program(boolean tick) {
        return () -> {
            Channel<Integer> plates = Channel.make("plates", 2);
            Go.go("chef", () -> {
                for (int i = 0; i < VALUES; i++) {
                    plates.send(i);
                }
                plates.close();
            });
            int n = 0;
            for (int v : plates) {
                assertEquals(n++, v);
            }
            assertEquals(VALUES, n);
            if (tick) {
                assertNotNull(Go.after(Duration.ofMillis(1)).receive());
            }
        };
    }

    private static List<TraceEvent> record(RunConfig config, boolean tick) {
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(config.withSink(events::add), program(tick));
        assertTrue(r.ok(), r.outcomeLabel());
        return events;
    }

    /** Checks the pairing in one run; true if a sender waited on the full buffer in it. */
    private static boolean assertPaired(List<TraceEvent> events, boolean tick) {
        Map<Long, TraceEvent.Send> sends = new HashMap<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Send s) {
                assertTrue(s.message() > 0, "a traced send has an id: " + s);
                assertNull(sends.put(s.message(), s), "one send per id: " + s);
            }
        }
        int received = 0;
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Receive r && r.ok()) {
                TraceEvent.Send s = sends.remove(r.message());
                assertNotNull(s, "the receive's id names a send: " + r);
                assertEquals(s.value(), r.value());
                assertEquals(s.channel(), r.channel());
                received++;
            }
        }
        assertEquals(VALUES + (tick ? 1 : 0), received, "every plate, and the timer's tick if any");
        assertEquals(Map.of(), sends, "every send was received");
        return events.stream().anyMatch(e -> e instanceof TraceEvent.Block b && "buffer full".equals(b.detail()));
    }

    @Test
    void steppedRunsPairEveryValueIncludingThoseMovedInFromAWaitingSender() {
        boolean sawFullBuffer = false;
        for (long seed = 1; seed <= 10; seed++) {
            sawFullBuffer |= assertPaired(record(RunConfig.stepped(seed), true), true);
        }
        assertTrue(sawFullBuffer, "some seed makes the chef wait on a full buffer");
    }

    /*
     * Natively without the timer's tick: once in about 17 builds the list held the tick's Receive
     * but not its Send when Go.run had returned (the timer thread hands the tick over and delivers its
     * events itself, after waking main). A delivery still going on, or out of order, at the end of a
     * native run is a trace problem of its own, not of the buffer's ids; it is reported in the issue's
     * note and not fixed yet. The stepped test above checks the tick's pairing.
     */
    @Test
    void nativeRunsPairEveryValue() {
        for (int round = 0; round < 20; round++) {
            assertPaired(record(RunConfig.nativeScheduler(), false), false);
        }
    }
}
