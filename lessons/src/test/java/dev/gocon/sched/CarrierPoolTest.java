package dev.gocon.sched;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.WaitGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * gocon's carriers ({@link CarrierPool}) give up none of the JDK scheduler's guarantees for what they
 * gain in hand-overs: a goroutine kept in a busy carrier's {@code next} slot is taken by an idle
 * carrier, goroutines queued behind a running one are stolen, and the carriers a run uses are the
 * pool's. No test waits on time for ordering: the goroutines wait for each other with spins that have
 * a cap, and the assertions read what they saw.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CarrierPoolTest {

    /** How long a goroutine spins for the other one before it gives up (only ever reached on a failure). */
    private static final long CAP_NANOS = TimeUnit.SECONDS.toNanos(30);

    @BeforeAll
    static void poolRuns() {
        Go.run(() -> { });
        assertNotNull(CarrierPool.current(), "the tests run with java.lang opened, so gocon's carriers are used");
    }

    /**
     * A goroutine woken by a goroutine that then computes without ever parking sits in that carrier's
     * {@code next}: an idle carrier must take it, or the waker would wait for it for ever.
     */
    @Test
    void aGoroutineWokenByOneThatNeverParksRunsOnAnotherCarrier() {
        assumeTrue(CarrierPool.current().size() >= 2, "needs two carriers");
        AtomicBoolean received = new AtomicBoolean();
        AtomicBoolean gaveUp = new AtomicBoolean();
        Go.run(RunConfig.nativeScheduler(), () -> {
            Channel<Integer> ch = Channel.make("ch");
            WaitGroup wg = new WaitGroup("wg");
            AtomicReference<Thread> receiver = new AtomicReference<>();
            wg.go("receiver", () -> {
                receiver.set(Thread.currentThread());
                ch.receive();
                received.set(true);
            });
            long waitStart = System.nanoTime();          // until the receiver is parked in its receive
            while ((receiver.get() == null || receiver.get().getState() != Thread.State.WAITING)
                    && System.nanoTime() - waitStart < CAP_NANOS) {
                Thread.onSpinWait();
            }
            ch.send(1);                                  // the receiver goes into this carrier's next
            long start = System.nanoTime();
            while (!received.get()) {                    // and this goroutine never parks meanwhile
                if (System.nanoTime() - start > CAP_NANOS) {
                    gaveUp.set(true);
                    break;
                }
                Thread.onSpinWait();
            }
            wg.await();
        }).throwIfFailed();
        assertTrue(received.get());
        assertEquals(false, gaveUp.get(), "the woken receiver ran while its waker computed");
    }

    /** Goroutines queued behind a running one on its carrier are stolen: two can run at the same instant. */
    @Test
    void goroutinesStartedTogetherRunInParallel() {
        assumeTrue(CarrierPool.current().size() >= 2, "needs two carriers");
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger met = new AtomicInteger();
        Go.run(RunConfig.nativeScheduler(), () -> {
            WaitGroup wg = new WaitGroup("wg");
            for (int i = 0; i < 2; i++) {
                wg.go("worker", () -> {
                    arrived.incrementAndGet();
                    long start = System.nanoTime();
                    while (arrived.get() < 2 && System.nanoTime() - start < CAP_NANOS) {
                        Thread.onSpinWait();     // no park: the other can only arrive on another carrier
                    }
                    if (arrived.get() == 2) {
                        met.incrementAndGet();
                    }
                });
            }
            wg.await();
        }).throwIfFailed();
        assertEquals(2, met.get(), "both workers saw the other arrive while they spun");
    }

    /** The goroutines of a native run run on the pool's carriers, which it counts as busy meanwhile. */
    @Test
    void goroutinesRunOnThePoolsCarriers() {
        CarrierPool pool = CarrierPool.current();
        String[] seen = new String[1];
        int[] busy = new int[1];
        Go.run(RunConfig.nativeScheduler(), () -> {
            seen[0] = Thread.currentThread().toString();
            busy[0] = pool.busy();
        }).throwIfFailed();
        assertTrue(seen[0].matches(".*@carrier-\\d+$"), seen[0]);
        assertTrue(busy[0] >= 1 && busy[0] <= pool.size(), "busy " + busy[0] + " of " + pool.size());
    }
}
