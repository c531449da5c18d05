package dev.gocon.trace;

/**
 * Receives the events of one run, as they happen.
 *
 * <p>The runtime calls {@link #accept} on the goroutine that did the thing, so an implementation must
 * be thread-safe, must never block, and should return quickly: it runs on the hot path of every
 * operation it records. With no sink attached the runtime builds no events at all.
 */
@FunctionalInterface
public interface EventSink {

    /** Records one event. Called from many threads at once; never blocks. */
    void accept(TraceEvent event);
}
