package dev.gocon.trace;

/**
 * Receives the events of one run, as they happen.
 *
 * <p>The runtime records each event while it changes the object concerned and hands it over just
 * after, never while it holds one of its locks: the goroutine that did the thing, or another one
 * delivering at the same moment, calls {@link #accept}. Calls come one at a time and in the order in
 * which the runtime did the things (each call happens-before the next), though not always from the
 * same thread. A slow sink delays the goroutine that delivers to it, not the others' operations; it
 * should still return quickly, as it runs on the hot path of the operations it records. A sink that
 * throws is turned off for the rest of the run, with one warning. With no sink attached the runtime
 * builds no events at all.
 *
 * <p>A {@link Recorder} is the exception: it is lock-free and never blocks, so the runtime appends
 * each event to it at once, while it holds the lock of the object concerned, from many threads at a
 * time; its tape keeps the runtime's order.
 */
@FunctionalInterface
public interface EventSink {

    /** Records one event. Called by one thread at a time, in the runtime's order. */
    void accept(TraceEvent event);
}
