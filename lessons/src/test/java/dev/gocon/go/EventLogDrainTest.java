package dev.gocon.go;

import dev.gocon.sched.NativeScheduler;
import dev.gocon.sched.NoOpHost;
import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end of a run waits for a delivery under way: a timer thread that handed a tick over delivers its
 * events itself, and {@code Go.run} must not return while it is still doing so (once in about 17
 * builds a test saw the tick's Receive without its Send, read from the sink while the timer thread was
 * between the two).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventLogDrainTest {

    private static final TraceEvent.Who FIRST = new TraceEvent.Who(1, "first");
    private static final TraceEvent.Who SECOND = new TraceEvent.Who(2, "second");

    private final List<Long> heard = new CopyOnWriteArrayList<>();
    private final CountDownLatch inSink = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** Its sink notes each event's goroutine id and holds the first event until {@link #release} opens. */
    private final EventLog log = new EventLog(e -> {
        heard.add(e.who().id());
        if (e.who().id() == FIRST.id()) {
            inSink.countDown();
            await(release);
        }
    }, new NativeScheduler(new NoOpHost(), false, 1));

    /** Starts a thread that records FIRST and delivers it; returns once the sink holds it. */
    private Thread deliverFirstAndHold() throws InterruptedException {
        Thread deliverer = Thread.ofPlatform().daemon().start(() -> {
            log.stopped(FIRST, 1);
            log.deliver();
        });
        assertTrue(inSink.await(30, TimeUnit.SECONDS));
        return deliverer;
    }

    @Test
    void drainWaitsForADeliveryUnderWayThenDeliversWhatIsLeft() throws Exception {
        Thread deliverer = deliverFirstAndHold();
        log.stopped(SECOND, 2);
        log.deliver();          // the flag is taken: leaves the event to the one delivering
        assertEquals(List.of(FIRST.id()), heard);

        Thread drainer = Thread.ofPlatform().start(() -> log.drain(TimeUnit.SECONDS.toNanos(30)));
        Thread.State state;
        while ((state = drainer.getState()) != Thread.State.TIMED_WAITING && state != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        assertEquals(Thread.State.TIMED_WAITING, state, "drain waits while another thread delivers");
        assertEquals(List.of(FIRST.id()), heard);

        release.countDown();
        drainer.join();
        deliverer.join();
        assertEquals(List.of(FIRST.id(), SECOND.id()), heard, "every event heard, in order, once drain returned");
    }

    @Test
    void drainGivesUpOnASinkThatNeverReturns() throws Exception {
        Thread stuck = deliverFirstAndHold();
        log.stopped(SECOND, 2);
        log.drain(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(List.of(FIRST.id()), heard, "drain returned without the stuck sink's lock");
        release.countDown();
        stuck.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
