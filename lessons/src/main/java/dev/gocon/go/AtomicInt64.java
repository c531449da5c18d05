package dev.gocon.go;

import dev.gocon.go.RaceDetector.AtomicKind;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A 64-bit integer updated atomically: Go's {@code atomic.Int64} ({@code sync/atomic}).
 *
 * <p>Like a tally counter clicked at the pass: any cook may click it or read it at any time, and no
 * click is ever lost, without anyone waiting for a key. Each operation is one indivisible step.
 *
 * <pre>{@code
 * AtomicInt64 served = new AtomicInt64("served", 0);
 * wg.go(() -> served.add(1));                         // served.Add(1)
 * long n = served.load();                             // served.Load()
 * while (!flag.compareAndSwap(0, 1)) { }              // flag.CompareAndSwap(0, 1)
 * }</pre>
 *
 * <p>Each operation is traced ({@link dev.gocon.trace.TraceEvent.Atomic}), is a scheduling point under
 * the stepped scheduler, and is known to the race detector.
 *
 * <p>Memory consistency effects: as in Go, all atomic operations are sequentially consistent; if an
 * operation observes the effect of another (a load sees a store, an add builds on an add), actions
 * before that other operation happen-before actions after this one.
 */
public final class AtomicInt64 {

    /* Implementation notes: a plain long read and written through a VarHandle with volatile (sequentially
     * consistent) access modes; with the race detector on, each operation runs inside the detector's
     * step so its happens-before edge and its effect are one indivisible event. */

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(AtomicInt64.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final TracedObject identity;
    @SuppressWarnings("unused") // accessed through VALUE
    private long value;

    /** An atomic integer holding {@code initial}, labelled {@code atomic-N} in traces. */
    public AtomicInt64(long initial) {
        this(null, initial);
    }

    /** An atomic integer holding {@code initial}, labelled {@code name} in traces. */
    public AtomicInt64(String name, long initial) {
        identity = new TracedObject("atomic", name);
        VALUE.setVolatile(this, initial);
    }

    /** Adds {@code delta} and returns the new value: {@code x.Add(delta)}. */
    public long add(long delta) {
        return Atomics.perform(this, identity, "add", AtomicKind.READ_MODIFY_WRITE,
                () -> (long) VALUE.getAndAdd(this, delta) + delta, () -> "add " + delta, true);
    }

    /** The current value: {@code x.Load()}. */
    public long load() {
        return Atomics.perform(this, identity, "load", AtomicKind.LOAD,
                () -> (long) VALUE.getVolatile(this), () -> "load", true);
    }

    /** Sets the value: {@code x.Store(v)}. */
    public void store(long newValue) {
        Atomics.perform(this, identity, "store", AtomicKind.STORE, () -> {
            VALUE.setVolatile(this, newValue);
            return null;
        }, () -> "store " + Run.show(newValue), false);
    }

    /**
     * Sets the value to {@code newValue} if it is {@code expected}, as one step:
     * {@code x.CompareAndSwap(expected, newValue)}.
     *
     * @return true if it was {@code expected} and is now {@code newValue}
     */
    public boolean compareAndSwap(long expected, long newValue) {
        return Atomics.perform(this, identity, "cas", AtomicKind.COMPARE_AND_SWAP,
                () -> VALUE.compareAndSet(this, expected, newValue),
                () -> "cas " + expected + " -> " + newValue, true);
    }

    /** Sets the value and returns the old one: {@code x.Swap(newValue)}. */
    public long swap(long newValue) {
        return Atomics.perform(this, identity, "swap", AtomicKind.READ_MODIFY_WRITE,
                () -> (long) VALUE.getAndSet(this, newValue), () -> "swap " + Run.show(newValue), true);
    }

    /** The label used in traces: the given name, or {@code atomic-N}. */
    public String label() {
        return identity.label;
    }

    /** The current value in decimal (a load). */
    @Override
    public String toString() {
        return Long.toString((long) VALUE.getVolatile(this));
    }
}
