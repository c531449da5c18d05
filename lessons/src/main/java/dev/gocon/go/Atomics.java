package dev.gocon.go;

import dev.gocon.go.RaceDetector.AtomicKind;
import java.util.function.Supplier;

/*
 * What every operation of AtomicInt64 and AtomicRef does around the atomic step itself: the stepped
 * scheduler's scheduling point before it, the race detector's view of it (an edge of Go's memory
 * model: atomics are sequentially consistent), and the trace event after it. The trace line is built
 * only when the run is traced.
 */
final class Atomics {

    private Atomics() {
    }

    /**
     * Performs {@code step}, the atomic operation {@code op} on {@code owner} (whose trace identity is
     * {@code cell}), as the race detector's {@code kind}, and returns what the step returned. The trace
     * shows {@code operation} ({@code "add 1"}, built only when the run is traced) and, if
     * {@code showsResult}, the result as Go prints it (a store returns nothing).
     */
    static <V> V perform(Object owner, TracedObject cell, String op, AtomicKind kind, Supplier<V> step,
            Supplier<String> operation, boolean showsResult) {
        Goroutine g = enter(cell, op);
        RaceDetector race = g.run.race;
        V value = race == null ? step.get() : race.atomic(g, owner, kind, step);
        if (g.run.tracing()) {
            g.run.events.atomic(g, cell.ref(), operation.get(), showsResult ? Run.show(value) : "");
            g.run.events.deliver();
        }
        return value;
    }

    /** The calling goroutine, once the stepped scheduler lets it do {@code op} on {@code cell}. */
    private static Goroutine enter(TracedObject cell, String op) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, cell, op, (c, o) -> "atomic " + o + " " + c.label);
        return g;
    }
}
