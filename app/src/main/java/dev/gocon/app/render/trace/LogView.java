package dev.gocon.app.render.trace;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceState;
import java.io.PrintStream;

/**
 * The {@code log} mode: prints one {@link LogFormat} line per event to {@code out}, in recording
 * order, with the demo's own lines in between, in order.
 */
final class LogView extends RecordingView {

    private final Recorder.Cursor cursor;
    private final LogFormat format;
    private final TraceState state = new TraceState();
    private final PrintStream out;

    LogView(TraceOptions options) {
        this(options, new Recorder());
    }

    LogView(TraceOptions options, Recorder recorder) {
        super(options, recorder, 25_000_000L);
        this.cursor = recorder.cursor();
        this.format = new LogFormat(options.showTimes());
        this.out = options.out();
        startRendering("gocon-trace-log");
    }

    @Override
    protected void tick() {
        if (drain() > 0) {
            out.flush();
        }
    }

    private int drain() {
        return cursor.drain(this::print);
    }

    private void print(TraceEvent event) {
        if (format.logged(event)) {
            out.println(format.format(event));
        }
        state.apply(event);
    }

    @Override
    protected void demoLine(String line) {
        lock.lock();
        try {
            drain();
            out.println(line);
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void drawFinal() {
        drain();
        for (String line : format.endOfRun(state, recorder.foldedTotal())) {
            out.println(line);
        }
        out.flush();
    }

    @Override
    protected void restore() {
        drain();
        out.flush();
    }
}
