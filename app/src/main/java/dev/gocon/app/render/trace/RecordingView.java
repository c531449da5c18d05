package dev.gocon.app.render.trace;

import dev.gocon.go.RunReport;
import dev.gocon.trace.EventSink;
import dev.gocon.trace.Recorder;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The part every view shares: a {@link Recorder} as the sink, one render thread that calls
 * {@link #tick()} periodically under the view's lock, the demo's output stream, and the export at the
 * end.
 */
abstract class RecordingView implements TraceView {

    /*
     * Implementation notes.
     *
     * All drawing happens under `lock`: the render thread's ticks, a demo line printed in log mode,
     * finish and close. The goroutines being traced never take it (the sink is the lock-free
     * recorder); only a goroutine printing a line does, like any print to a shared console.
     * finish() and close() first stop the render thread and join it, so the last frame is drawn by
     * the caller's thread and nothing draws after close() returns.
     */

    protected final TraceOptions options;
    protected final Recorder recorder;
    protected final ReentrantLock lock = new ReentrantLock();
    private final LineSink lineSink;
    private final PrintStream output;
    private final long periodNanos;
    private volatile boolean stopping;
    private Thread renderThread;
    private boolean finished;
    private boolean closed;
    private boolean exported;
    private RunReport report;

    RecordingView(TraceOptions options, Recorder recorder, long periodNanos) {
        this.options = options;
        this.recorder = recorder;
        this.periodNanos = periodNanos;
        this.lineSink = new LineSink(this::demoLine);
        this.output = new PrintStream(lineSink, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Starts the render thread; subclasses call it at the end of their constructor. */
    protected final void startRendering(String name) {
        renderThread = Thread.ofPlatform().daemon().name(name).start(this::renderLoop);
    }

    private void renderLoop() {
        long next = System.nanoTime();
        while (!stopping) {
            next += periodNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
            } else {
                next = System.nanoTime();
            }
            if (stopping) {
                break;
            }
            lock.lock();
            try {
                if (!stopping) {
                    tick();
                }
            } catch (RuntimeException | Error e) {
                // A renderer bug must not kill the run: show it once, stop drawing.
                stopping = true;
                failed(e);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Draws what changed since the last tick. Called under the lock. */
    protected abstract void tick();

    /** One complete line of the demo's output. Called on the printing goroutine. */
    protected abstract void demoLine(String line);

    /** The run ended normally: draw the last frame or table. Called under the lock. */
    protected abstract void drawFinal();

    /** Give the console back: stop drawing, restore it. Called under the lock, once. */
    protected abstract void restore();

    /** The render thread failed with {@code e}; by default says so on the output. */
    protected void failed(Throwable e) {
        options.out().println("gocon: trace renderer stopped: " + e);
    }

    /** Where messages after the run go (the export's one-line report). */
    protected PrintStream messages() {
        return options.out();
    }

    @Override
    public EventSink sink() {
        return recorder;
    }

    @Override
    public PrintStream output() {
        return output;
    }

    @Override
    public void finish(RunReport report) {
        lock.lock();
        try {
            this.report = report;
        } finally {
            lock.unlock();
        }
        finish();
    }

    /** How the run ended, when the runner said ({@link #finish(RunReport)}); null otherwise. */
    protected final RunReport report() {
        return report;
    }

    @Override
    public void finish() {
        stopRendering();
        lock.lock();
        try {
            if (finished || closed) {
                return;
            }
            finished = true;
            output.flush();
            lineSink.close();
            drawFinal();
        } finally {
            lock.unlock();
        }
        export();
    }

    @Override
    public void close() {
        stopRendering();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                output.flush();
                lineSink.close();
            } finally {
                restore();
            }
        } finally {
            lock.unlock();
        }
        export();
    }

    private void stopRendering() {
        stopping = true;
        Thread thread = renderThread;
        if (thread != null && thread != Thread.currentThread()) {
            LockSupport.unpark(thread);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void export() {
        lock.lock();
        try {
            if (exported || options.traceOut() == null) {
                return;
            }
            exported = true;
        } finally {
            lock.unlock();
        }
        messages().println(TraceExports.writeReport(options.traceOut(), recorder));
        messages().flush();
    }
}
