package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AtomicInt64 and AtomicRef: Go's results, no lost update under any schedule, and their trace events. */
@Timeout(120)
class AtomicsTest {

    @Test
    void int64OperationsReturnWhatGosDo() {
        Go.run(RunConfig.stepped(1), () -> {
            AtomicInt64 x = new AtomicInt64("x", 5);
            assertEquals(8, x.add(3));                 // Add returns the new value
            assertEquals(8, x.swap(1));                // Swap returns the old one
            assertFalse(x.compareAndSwap(8, 2));
            assertTrue(x.compareAndSwap(1, 2));
            x.store(-4);
            assertEquals(-4, x.load());
            assertEquals("x", x.label());
            assertEquals("atomic-", new AtomicInt64(0).label().substring(0, 7));
        }).throwIfFailed();
    }

    @Test
    void refComparesIdentityAsGoComparesPointers() {
        Go.run(RunConfig.stepped(1), () -> {
            String a = new String("menu");
            String b = new String("menu");
            AtomicRef<String> r = new AtomicRef<>(a);
            assertFalse(r.compareAndSwap(b, "pie"), "equal but not the same object");
            assertTrue(r.compareAndSwap(a, b));
            assertSame(b, r.swap(null));
            assertNull(r.load());
            r.store("soup");
            assertEquals("soup", r.load());
        }).throwIfFailed();
    }

    @Test
    void noUpdateIsLostUnderAnySchedule() {
        for (long seed = 1; seed <= 30; seed++) {
            long[] total = {0};
            RunReport r = Go.run(RunConfig.stepped(seed).withRaceDetector(), () -> {
                AtomicInt64 adds = new AtomicInt64(0);
                AtomicInt64 casTotal = new AtomicInt64(0);
                WaitGroup wg = new WaitGroup();
                for (int i = 0; i < 3; i++) {
                    wg.go(() -> {
                        for (int k = 0; k < 5; k++) {
                            adds.add(1);
                            long v;
                            do {
                                v = casTotal.load();
                            } while (!casTotal.compareAndSwap(v, v + 1));
                        }
                    });
                }
                wg.await();
                total[0] = adds.load() * 100 + casTotal.load();
            });
            assertTrue(r.ok(), r.outcomeLabel());
            assertEquals(1515, total[0], "seed " + seed);
        }
    }

    @Test
    void operationsAndRacesAreTraced() {
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        Go.run(RunConfig.stepped(1).withRaceDetector().withSink(events::add), () -> {
            AtomicInt64 hits = new AtomicInt64("hits", 0);
            hits.add(2);
            hits.compareAndSwap(2, 7);
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> done = Channel.make(1);
            Go.go("writer", () -> {
                x.set(1);
                done.send(0);
            });
            x.get();
            done.receive();
        }).throwIfFailed();
        List<String> atomics = events.stream().filter(e -> e instanceof TraceEvent.Atomic)
                .map(e -> (TraceEvent.Atomic) e)
                .map(a -> a.object().label() + " " + a.operation() + " -> " + a.result()).toList();
        assertEquals(List.of("hits add 2 -> 2", "hits cas 2 -> 7 -> true"), atomics);
        List<TraceEvent.Race> races = events.stream().filter(e -> e instanceof TraceEvent.Race)
                .map(e -> (TraceEvent.Race) e).toList();
        assertEquals(1, races.size(), events.toString());
        TraceEvent.Race race = races.getFirst();
        assertEquals("x", race.variable());
        assertTrue(race.place().startsWith("AtomicsTest.java:"), race.place());
        assertTrue(race.previousPlace().startsWith("AtomicsTest.java:"), race.previousPlace());
        assertTrue(race.write() != race.previousWrite(), "a read and a write");
    }
}
