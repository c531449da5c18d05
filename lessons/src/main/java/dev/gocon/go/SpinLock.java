package dev.gocon.go;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/*
 * A test-and-test-and-set lock for the runtime's very short critical sections (a few field writes,
 * never a park). Like Go's runtime lock it spins first; after a while it yields the carrier, which on a
 * virtual thread lets the holder's carrier make progress. Not reentrant.
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

    private void contended() {
        int spins = 0;
        while (true) {
            if (state == 0 && STATE.compareAndSet(this, 0, 1)) {
                return;
            }
            if (++spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    final void unlock() {
        STATE.setRelease(this, 0);
    }
}
