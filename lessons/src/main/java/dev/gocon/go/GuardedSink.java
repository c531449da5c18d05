package dev.gocon.go;

import dev.gocon.trace.EventSink;
import dev.gocon.trace.TraceEvent;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/*
 * The run's view of its sink: an event sink that never throws. The runtime emits some events while it
 * holds a channel's or a lock's spin lock, so an exception escaping the sink would leave that lock
 * held and every other goroutine spinning on it, unseen by the deadlock detector. The first exception
 * turns the sink off for the rest of the run and prints one line on the given stream; the run goes on
 * untraced.
 */
final class GuardedSink implements EventSink {

    private final EventSink sink;
    private final PrintStream warnings;
    private final AtomicBoolean failed = new AtomicBoolean();

    GuardedSink(EventSink sink, PrintStream warnings) {
        this.sink = sink;
        this.warnings = warnings;
    }

    @Override
    public void accept(TraceEvent event) {
        if (failed.get()) {
            return;
        }
        try {
            sink.accept(event);
        } catch (Throwable t) {
            if (failed.compareAndSet(false, true)) {
                warnings.println("gocon: the trace sink failed (" + t + "); the run goes on without tracing");
            }
        }
    }
}
