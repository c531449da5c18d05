package dev.gocon.app.render.trace;

import dev.gocon.trace.EventSink;
import dev.gocon.trace.Recorder;

/**
 * The {@code off} mode: the demo's output only. It still records when an export was asked for, so
 * that {@code --trace=off --trace-out run.json} works; otherwise it has no sink, and the run builds no
 * events at all.
 */
final class OffView extends RecordingView {

    OffView(TraceOptions options) {
        super(options, options.traceOut() == null ? new Recorder(0) : new Recorder(), 0);
    }

    @Override
    public EventSink sink() {
        return options.traceOut() == null ? null : recorder;
    }

    @Override
    protected void tick() {
    }

    @Override
    protected void demoLine(String line) {
        lock.lock();
        try {
            options.out().println(line);
            options.out().flush();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void drawFinal() {
    }

    @Override
    protected void restore() {
        options.out().flush();
    }
}
