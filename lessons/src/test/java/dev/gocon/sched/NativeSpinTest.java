package dev.gocon.sched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spin of a hand-over ({@link NativeScheduler#parkForHandOver}): a plain park never spins, a
 * hand-over does (an unanswered spin doubles the strand's back-off), no more strands spin at once
 * than one fewer than the carriers, none with one carrier, and a stop ends a spin. Each strand is
 * woken only once the test saw its thread parked, so every spin the test asks for goes unanswered.
 */
@Timeout(60)
class NativeSpinTest {

    private static final SchedulerHost HOST = new NoOpHost();

    /** A scheduler built with {@code -Dgocon.spins} and the carrier count set, the properties restored after. */
    private static NativeScheduler scheduler(int spins, int carriers) {
        return withProperty("gocon.spins", Integer.toString(spins),
                () -> withProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(carriers),
                        () -> new NativeScheduler(HOST, false, 1)));
    }

    private static <T> T withProperty(String key, String value, Supplier<T> body) {
        String saved = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return body.get();
        } finally {
            if (saved == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, saved);
            }
        }
    }

    /** A strand that will spin at its first hand-over (no back-off skip pending), not yet started. */
    private static Strand strand(long id, Runnable body) {
        Strand s = new Strand(id, "s" + id);
        s.spinSkip = 0;
        s.attachThread(Thread.ofVirtual().unstarted(body));
        return s;
    }

    /** Waits until the strand's thread is parked for real, then wakes it. */
    private static void wakeOnceParked(NativeScheduler sched, Strand s) {
        while (s.thread().getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        sched.unpark(s);
    }

    @Test
    void aPlainParkDoesNotSpinAndAHandOverDoes() throws InterruptedException {
        NativeScheduler sched = scheduler(100, 2);
        AtomicIntegerArray backoff = new AtomicIntegerArray(2);
        Strand[] holder = new Strand[1];
        Strand s = strand(1, () -> {
            sched.park(holder[0]);
            backoff.set(0, holder[0].spinBackoff);
            sched.parkForHandOver(holder[0]);
            backoff.set(1, holder[0].spinBackoff);
        });
        holder[0] = s;
        s.thread().start();
        wakeOnceParked(sched, s);
        wakeOnceParked(sched, s);
        s.thread().join();
        assertEquals(1, backoff.get(0), "a plain park left the spin back-off alone");
        assertEquals(2, backoff.get(1), "the hand-over spun, unanswered, and doubled its back-off");
    }

    @Test
    void withOneCarrierAHandOverDoesNotSpin() throws InterruptedException {
        NativeScheduler sched = scheduler(100, 1);
        Strand[] holder = new Strand[1];
        Strand s = strand(1, () -> sched.parkForHandOver(holder[0]));
        holder[0] = s;
        s.thread().start();
        wakeOnceParked(sched, s);
        s.thread().join();
        assertEquals(1, s.spinBackoff);
    }

    /** A stop (Go.run's end, Ctrl-C) ends a spin at once: the spinning strand's park throws. */
    @Test
    void aStopEndsASpin() throws InterruptedException {
        NativeScheduler sched = scheduler(Integer.MAX_VALUE, 2);
        Strand[] holder = new Strand[1];
        boolean[] stopped = {false};
        Strand spinner = strand(1, () -> {
            try {
                sched.parkForHandOver(holder[0]);
            } catch (RunStopped e) {
                stopped[0] = true;
            }
        });
        holder[0] = spinner;
        spinner.thread().start();
        while (NativeScheduler.SPINNING.get() == 0) {
            Thread.onSpinWait();
        }
        sched.stop();
        spinner.thread().join();
        assertTrue(stopped[0], "the spinner's park threw RunStopped");
        assertEquals(0, NativeScheduler.SPINNING.get());
    }

    /**
     * With two carriers one strand spins at a time: while the first spins (until woken, with a
     * practically endless spin count), the second parks at once. Without the limit the second would
     * spin too, never be seen parked, and the test would time out.
     */
    @Test
    void noMoreSpinnersThanCarriersLessOne() throws InterruptedException {
        NativeScheduler sched = scheduler(Integer.MAX_VALUE, 2);
        Strand[] holder = new Strand[2];
        Strand spinner = strand(1, () -> sched.parkForHandOver(holder[0]));
        Strand second = strand(2, () -> sched.parkForHandOver(holder[1]));
        holder[0] = spinner;
        holder[1] = second;
        spinner.thread().start();
        while (NativeScheduler.SPINNING.get() == 0) {
            Thread.onSpinWait();
        }
        second.thread().start();
        wakeOnceParked(sched, second);
        second.thread().join();
        sched.unpark(spinner);
        spinner.thread().join();
        assertEquals(1, second.spinBackoff, "a spin not allowed is not a spin unanswered");
        assertEquals(1, spinner.spinBackoff, "the spinner was answered within its spin");
        assertEquals(0, NativeScheduler.SPINNING.get());
    }
}
