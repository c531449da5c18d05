package dev.gocon.go;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/*
 * A test-and-test-and-set lock for the runtime's very short critical sections (a few field writes,
 * never a park). Like Go's runtime lock it spins first, then yields the carrier, then sleeps (Go: futex
 * sleep), for longer each time up to a millisecond. Not reentrant.
 *
 * The sleeps are needed. A holder can lose its carrier in the critical section after all (a virtual
 * thread that waits to enter a monitor, such as the race detector's, unmounts), and it then comes
 * back through the scheduler's shared queue; a virtual thread's yield goes to its carrier's own queue,
 * which the carrier runs first. So waiters that only yield can keep every carrier busy forever while
 * the holder never runs again: with 8 yielding waiters on 2 carriers, a holder that unmounted for 2 ms
 * did not run again within 10 s in the second of 20 tries (a demo of the course hung so, with the race
 * detector on). A sleeping waiter frees its carrier.
 *
 * A non-fair ReentrantLock (which parks contended waiters) was measured in its place: uncontended
 * send+receive pairs went from about 60 to about 110 ns (its release is a volatile write plus a queue
 * check, this one's a release store), and ping-pong did not improve, so the spin lock stays. The
 * lock that did hurt under contention was a registry lock shared by every spawn and exit; see
 * NativeScheduler.
 */
class SpinLock {

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SpinLock.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int state;

    final void lock() {
        if (!STATE.compareAndSet(this, 0, 1)) {
            contended();
        }
    }

    private static final int SPINS = 100;
    private static final int YIELDS = 10;
    private static final long LONGEST_SLEEP_NANOS = 1_000_000;

    private void contended() {
        int tries = 0;
        long sleep = 1_000;
        while (true) {
            if (state == 0 && STATE.compareAndSet(this, 0, 1)) {
                return;
            }
            tries++;
            if (tries < SPINS) {
                Thread.onSpinWait();
            } else if (tries < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(this, sleep);
                sleep = Math.min(sleep * 2, LONGEST_SLEEP_NANOS);
            }
        }
    }

    final void unlock() {
        STATE.setRelease(this, 0);
    }
}
