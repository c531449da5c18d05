package dev.gocon.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RecorderTest {

    private static final TraceEvent.Who G1 = new TraceEvent.Who(1, "main");

    @Test
    void keepsEveryEventInOrderBelowTheBound() {
        Recorder recorder = new Recorder(10);
        for (int i = 0; i < 10; i++) {
            recorder.accept(new TraceEvent.Start(i, G1, "c"));
        }
        List<TraceEvent> events = recorder.events();
        assertEquals(10, events.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(i, events.get(i).nanos());
        }
        assertEquals(0, recorder.foldedTotal());
        assertEquals(10, recorder.total(Recorder.Kind.START));
    }

    /** The tape grows in segments as events come; a bound that is no multiple of a segment still holds. */
    @Test
    void keepsEveryEventInOrderAcrossSegmentsUpToAnOddBound() {
        int bound = 10_001;
        Recorder recorder = new Recorder(bound);
        for (int i = 0; i < bound + 5; i++) {
            recorder.accept(new TraceEvent.Start(i, G1, "carrier-1"));
        }
        List<TraceEvent> events = recorder.events();
        assertEquals(bound, events.size());
        for (int i = 0; i < bound; i++) {
            assertEquals(i, events.get(i).nanos());
        }
        assertEquals(5, recorder.foldedTotal());
    }

    @Test
    void foldsEventsAboveTheBoundIntoCountersByKind() {
        Recorder recorder = new Recorder(3);
        recorder.accept(new TraceEvent.Start(0, G1, "c"));
        recorder.accept(new TraceEvent.Start(1, G1, "c"));
        recorder.accept(new TraceEvent.Exit(2, G1, "c"));
        recorder.accept(new TraceEvent.Exit(3, G1, "c"));
        recorder.accept(new TraceEvent.Exit(4, G1, "c"));
        recorder.accept(new TraceEvent.Start(5, G1, "c"));
        assertEquals(3, recorder.events().size());
        assertEquals(3, recorder.foldedTotal());
        assertEquals(2L, recorder.foldedCounts().get(Recorder.Kind.EXIT));
        assertEquals(1L, recorder.foldedCounts().get(Recorder.Kind.START));
        assertEquals(3L, recorder.totals().get(Recorder.Kind.START));
        assertEquals(3L, recorder.totals().get(Recorder.Kind.EXIT));
    }

    /** A step of three events lands in order; once the tape is full, whole steps are only counted. */
    @Test
    void aStepLandsInOrderAndAFullTapeCountsWholeSteps() {
        Recorder recorder = new Recorder(4);
        recorder.accept(start(0));
        recorder.acceptStep(start(1), start(2), start(3));
        recorder.acceptStep(exit(4), exit(5), exit(6));
        recorder.acceptStep(exit(7), exit(8), exit(9));
        assertEquals(List.of(0L, 1L, 2L, 3L), times(recorder));
        assertEquals(6, recorder.foldedTotal());
        assertEquals(4L, recorder.totals().get(Recorder.Kind.START));
        assertEquals(6L, recorder.totals().get(Recorder.Kind.EXIT));
    }

    /** A step that starts just below the bound keeps its first event and counts the other two. */
    @Test
    void aStepAtTheLastSlotKeepsItsFirstEvent() {
        Recorder recorder = new Recorder(2);
        recorder.accept(start(0));
        recorder.acceptStep(start(1), exit(2), exit(3));
        assertEquals(List.of(0L, 1L), times(recorder));
        assertEquals(2L, recorder.foldedCounts().get(Recorder.Kind.EXIT));
        assertEquals(2, recorder.kept());
    }

    private static TraceEvent start(long nanos) {
        return new TraceEvent.Start(nanos, G1, "c");
    }

    private static TraceEvent exit(long nanos) {
        return new TraceEvent.Exit(nanos, G1, "c");
    }

    /** The times of the kept events, in tape order. */
    private static List<Long> times(Recorder recorder) {
        return recorder.events().stream().map(TraceEvent::nanos).toList();
    }

    @Test
    void aCursorDrainsOnlyNewEvents() {
        Recorder recorder = new Recorder(100);
        Recorder.Cursor cursor = recorder.cursor();
        recorder.accept(new TraceEvent.Start(0, G1, "c"));
        List<TraceEvent> seen = new ArrayList<>();
        assertEquals(1, cursor.drain(seen::add));
        assertEquals(0, cursor.drain(seen::add));
        recorder.accept(new TraceEvent.Exit(1, G1, "c"));
        assertEquals(1, cursor.drain(seen::add));
        assertEquals(List.of(0L, 1L), seen.stream().map(TraceEvent::nanos).toList());
    }

    @Test
    void aZeroBoundOnlyCounts() {
        Recorder recorder = new Recorder(0);
        recorder.accept(new TraceEvent.Start(0, G1, "c"));
        assertEquals(List.of(), recorder.events());
        assertEquals(1, recorder.foldedTotal());
    }

    /**
     * A million goroutines' worth of events (spawn, start, exit each) from eight threads at once, with
     * a reader draining concurrently: nothing kept is lost or reordered within a goroutine, and the
     * totals are exact.
     */
    @Test
    @Timeout(60)
    void aMillionGoroutinesFromManyThreadsStayCorrect() throws Exception {
        int threads = 8;
        int perThread = 125_000;
        int bound = 200_000;
        Recorder recorder = new Recorder(bound);
        Recorder.Cursor cursor = recorder.cursor();
        List<TraceEvent> drained = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread reader = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                cursor.drain(drained::add);
                Thread.onSpinWait();
            }
        });
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                String carrier = "carrier-" + thread;
                TraceEvent.Who parent = new TraceEvent.Who(thread + 1, "");
                for (int i = 0; i < perThread; i++) {
                    // Per thread, nanos count up, so order within a thread is checkable.
                    long id = 1_000L + (long) thread * perThread + i;
                    TraceEvent.Who child = new TraceEvent.Who(id, "");
                    recorder.accept(new TraceEvent.Spawn(3L * i, parent, carrier, child));
                    recorder.accept(new TraceEvent.Start(3L * i + 1, child, carrier));
                    recorder.accept(new TraceEvent.Exit(3L * i + 2, child, carrier));
                }
            }));
        }
        go.countDown();
        for (Thread w : writers) {
            w.join();
        }
        writing.set(false);
        reader.join();
        cursor.drain(drained::add);

        long goroutines = (long) threads * perThread;
        assertEquals(bound, drained.size());
        assertEquals(drained, recorder.events());
        assertEquals(goroutines, recorder.total(Recorder.Kind.SPAWN));
        assertEquals(goroutines, recorder.total(Recorder.Kind.START));
        assertEquals(goroutines, recorder.total(Recorder.Kind.EXIT));
        assertEquals(3 * goroutines - bound, recorder.foldedTotal());
        Map<String, Long> last = new HashMap<>();
        for (TraceEvent e : drained) {
            long previous = last.getOrDefault(e.carrier(), -1L);
            assertTrue(e.nanos() == previous + 1, "events of " + e.carrier() + " out of order at " + e);
            last.put(e.carrier(), e.nanos());
        }
    }
}
