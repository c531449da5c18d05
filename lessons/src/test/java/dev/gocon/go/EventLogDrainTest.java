package dev.gocon.go;

import dev.gocon.sched.NativeScheduler;
import dev.gocon.sched.SchedulerHost;
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

    private static final SchedulerHost HOST = new SchedulerHost() {
        @Override
        public void deadlock() {
        }

        @Override
        public void stepLimitReached() {
        }

        @Override
        public void stopRequested() {
        }
    };

    private static final TraceEvent.Who FIRST = new TraceEvent.Who(1, "first");
    private static final TraceEvent.Who SECOND = new TraceEvent.Who(2, "second");

    @Test
    void drainWaitsForADeliveryUnderWayThenDeliversWhatIsLeft() throws Exception {
        CountDownLatch inSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Long> heard = new CopyOnWriteArrayList<>();
        EventLog log = new EventLog(e -> {
            heard.add(e.who().id());
            if (e.who().id() == FIRST.id()) {
                inSink.countDown();
                await(release);
            }
        }, new NativeScheduler(HOST, false, 1));

        Thread deliverer = Thread.ofPlatform().start(() -> {
            log.stopped(FIRST, 1);
            log.deliver();
        });
        assertTrue(inSink.await(30, TimeUnit.SECONDS));
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
        CountDownLatch inSink = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<Long> heard = new CopyOnWriteArrayList<>();
        EventLog log = new EventLog(e -> {
            heard.add(e.who().id());
            inSink.countDown();
            await(never);
        }, new NativeScheduler(HOST, false, 1));
        Thread stuck = Thread.ofPlatform().daemon().start(() -> {
            log.stopped(FIRST, 1);
            log.deliver();
        });
        assertTrue(inSink.await(30, TimeUnit.SECONDS));
        log.stopped(SECOND, 2);
        log.drain(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(List.of(FIRST.id()), heard, "drain returned without the stuck sink's lock");
        never.countDown();
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
