package dev.gocon.go;

import dev.gocon.trace.TraceEvent;

/*
 * What every operation of AtomicInt64 and AtomicRef does around the atomic step itself: the stepped
 * scheduler's scheduling point before it, the trace event after it (callers test the run's sink
 * first, so an untraced run boxes and formats nothing).
 */
final class Atomics {

    private Atomics() {
    }

    /** The calling goroutine, once the stepped scheduler lets it do {@code op} on {@code cell}. */
    static Goroutine enter(TracedObject cell, String op) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        if (rt.stepped) {
            rt.sched.preempt(g.strand, () -> "atomic " + op + " " + cell.label);
        }
        return g;
    }

    /**
     * Emits the {@link TraceEvent.Atomic} event of {@code operation} ({@code "add 1"}) and its result
     * as Go prints it ({@code ""} for a store, which returns nothing); the run is traced: its sink is set.
     */
    static void traced(Goroutine g, TracedObject cell, String operation, String result) {
        Run rt = g.run;
        rt.emit(new TraceEvent.Atomic(rt.now(), g.who(), rt.carrier(), cell.ref(), operation, result));
    }
}
