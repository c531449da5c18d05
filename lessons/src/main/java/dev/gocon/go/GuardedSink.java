package dev.gocon.go;

import dev.gocon.trace.EventSink;
import dev.gocon.trace.TraceEvent;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/*
 * The run's view of its sink: an event sink that never throws. The run's goroutines deliver the
 * events (see EventLog), so an exception escaping the sink would end the goroutine that happened to
 * deliver, in the middle of a channel operation, and leave the events behind it undelivered. The first
 * exception turns the sink off for the rest of the run and prints one line on the given stream; the
 * run goes on untraced.
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
