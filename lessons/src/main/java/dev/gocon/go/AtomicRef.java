package dev.gocon.go;

import dev.gocon.go.RaceDetector.AtomicKind;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A reference updated atomically: Go's {@code atomic.Pointer[T]} (or {@code atomic.Value}).
 *
 * <p>Like the "today's menu" card clipped at the pass: one cook swaps in a new card in a single
 * movement, and anyone who looks sees the old card or the new one, never half of each.
 *
 * <pre>{@code
 * AtomicRef<Config> current = new AtomicRef<>(initial);
 * Config c = current.load();                           // current.Load()
 * current.compareAndSwap(c, c.withLimit(10));          // current.CompareAndSwap(c, ...)
 * }</pre>
 *
 * <p>{@link #compareAndSwap} compares references ({@code ==}), as Go compares pointers, not
 * {@code equals}. Each operation is traced, is a scheduling point under the stepped scheduler, and is
 * known to the race detector.
 *
 * <p>Memory consistency effects: as {@link AtomicInt64}: sequentially consistent; a store happens-before
 * a load that sees the stored reference, so an object built before the store is seen whole.
 *
 * @param <T> the type of the referenced object
 */
public final class AtomicRef<T> {

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(AtomicRef.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final TracedObject identity;
    @SuppressWarnings("unused") // accessed through VALUE
    private Object value;

    /** An atomic reference holding {@code initial} (may be null), labelled {@code atomicref-N} in traces. */
    public AtomicRef(T initial) {
        this(null, initial);
    }

    /** An atomic reference holding {@code initial}, labelled {@code name} in traces. */
    public AtomicRef(String name, T initial) {
        identity = new TracedObject("atomicref", name);
        VALUE.setVolatile(this, initial);
    }

    /** The current reference: {@code p.Load()}. */
    @SuppressWarnings("unchecked")
    public T load() {
        return Atomics.perform(this, identity, "load", AtomicKind.LOAD,
                () -> (T) VALUE.getVolatile(this), () -> "load", true);
    }

    /** Sets the reference: {@code p.Store(v)}. */
    public void store(T newValue) {
        Atomics.perform(this, identity, "store", AtomicKind.STORE, () -> {
            VALUE.setVolatile(this, newValue);
            return null;
        }, () -> "store " + Run.show(newValue), false);
    }

    /**
     * Sets the reference to {@code newValue} if it is {@code expected} (the same object, {@code ==}), as
     * one step: {@code p.CompareAndSwap(expected, newValue)}.
     *
     * @return true if it was {@code expected} and is now {@code newValue}
     */
    public boolean compareAndSwap(T expected, T newValue) {
        return Atomics.perform(this, identity, "cas", AtomicKind.COMPARE_AND_SWAP,
                () -> VALUE.compareAndSet(this, expected, newValue), () -> "cas", true);
    }

    /** Sets the reference and returns the old one: {@code p.Swap(newValue)}. */
    @SuppressWarnings("unchecked")
    public T swap(T newValue) {
        return Atomics.perform(this, identity, "swap", AtomicKind.READ_MODIFY_WRITE,
                () -> (T) VALUE.getAndSet(this, newValue), () -> "swap " + Run.show(newValue), true);
    }

    /** The label used in traces: the given name, or {@code atomicref-N}. */
    public String label() {
        return identity.label;
    }

    @Override
    public String toString() {
        return String.valueOf(VALUE.getVolatile(this));
    }
}
