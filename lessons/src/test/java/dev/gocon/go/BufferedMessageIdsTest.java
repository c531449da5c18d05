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

    private static final Task PROGRAM = () -> {
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
        assertNotNull(Go.after(Duration.ofMillis(1)).receive());
    };

    private static List<TraceEvent> record(RunConfig config) {
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(config.withSink(events::add), PROGRAM);
        assertTrue(r.ok(), r.outcomeLabel());
        return events;
    }

    /** Checks the pairing in one run; true if a sender waited on the full buffer in it. */
    private static boolean assertPaired(List<TraceEvent> events) {
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
        assertEquals(VALUES + 1, received, "every plate and the timer's tick");
        assertEquals(Map.of(), sends, "every send was received");
        return events.stream().anyMatch(e -> e instanceof TraceEvent.Block b && "buffer full".equals(b.detail()));
    }

    @Test
    void steppedRunsPairEveryValueIncludingThoseMovedInFromAWaitingSender() {
        boolean sawFullBuffer = false;
        for (long seed = 1; seed <= 10; seed++) {
            sawFullBuffer |= assertPaired(record(RunConfig.stepped(seed)));
        }
        assertTrue(sawFullBuffer, "some seed makes the chef wait on a full buffer");
    }

    /*
     * Natively the timer thread hands the tick over and then delivers its events itself, maybe after
     * main has ended: Go.run waits for that delivery (EventLogDrainTest), else the tick's Receive can
     * be missing, or present without its Send when the list is read twice.
     */
    @Test
    void nativeRunsPairEveryValue() {
        for (int round = 0; round < 20; round++) {
            assertPaired(record(RunConfig.nativeScheduler()));
        }
    }
}
