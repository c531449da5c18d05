package dev.gocon.app.render.trace;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.Recorder.Kind;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The {@code summary} mode, for runs too large to show one event at a time: every 100 ms in which
 * something happened, one line of rates; at the end, a table. It reads only the recorder's counters,
 * so it costs the same for a million goroutines as for ten.
 *
 * <h2>Format</h2>
 * <pre>
 *     0.300 s  spawned   41230/100ms  blocked    1200/100ms  done   40800/100ms  alive    1042
 * </pre>
 * then, after the run:
 * <pre>
 * -- summary: 1000001 goroutines in 2.413 s
 *    event        count   rate/s
 *    spawn      1000000   414422
 *    ...
 *    peak      spawned 52110/100ms, alive 9120
 *    kept 500000 events one by one, 2500003 more counted only
 * </pre>
 */
final class SummaryView extends RecordingView {

    private static final long PERIOD = 100_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    private final long start;
    private long lastSpawned;
    private long lastBlocked;
    private long lastDone;
    private long peakSpawned;
    private long peakAlive;

    SummaryView(TraceOptions options) {
        this(options, new Recorder(), System::nanoTime, true);
    }

    SummaryView(TraceOptions options, Recorder recorder, LongSupplier clock, boolean renderThread) {
        super(options, recorder, PERIOD);
        this.out = options.out();
        this.clock = clock;
        this.start = clock.getAsLong();
        if (renderThread) {
            startRendering("gocon-trace-summary");
        }
    }

    @Override
    protected void tick() {
        long spawned = recorder.total(Kind.SPAWN);
        long blocked = recorder.total(Kind.BLOCK);
        long done = recorder.total(Kind.EXIT) + recorder.total(Kind.PANIC);
        long alive = alive(done);
        long ds = spawned - lastSpawned;
        long db = blocked - lastBlocked;
        long dd = done - lastDone;
        lastSpawned = spawned;
        lastBlocked = blocked;
        lastDone = done;
        peakSpawned = Math.max(peakSpawned, ds);
        peakAlive = Math.max(peakAlive, alive);
        if (ds == 0 && db == 0 && dd == 0) {
            return;
        }
        out.printf(Locale.ROOT, "%9.3f s  spawned %7d/100ms  blocked %7d/100ms  done %7d/100ms  alive %7d%n",
                elapsed() / 1e9, ds, db, dd, alive);
        out.flush();
    }

    private long alive(long done) {
        return Math.max(0, Math.max(recorder.total(Kind.SPAWN), recorder.total(Kind.START)) - done);
    }

    private long elapsed() {
        return clock.getAsLong() - start;
    }

    /** Ticks once now; for tests without a render thread. */
    void tickNow() {
        lock.lock();
        try {
            tick();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void demoLine(String line) {
        lock.lock();
        try {
            out.println(line);
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void drawFinal() {
        tick();
        long elapsed = Math.max(1, elapsed());
        Map<Kind, Long> totals = recorder.totals();
        long goroutines = Math.max(totals.get(Kind.SPAWN), totals.get(Kind.START));
        out.printf(Locale.ROOT, "-- summary: %d goroutines in %.3f s%n", goroutines, elapsed / 1e9);
        out.printf(Locale.ROOT, "   %-8s %10s %10s%n", "event", "count", "rate/s");
        for (Kind kind : Kind.values()) {
            long n = totals.get(kind);
            if (n > 0) {
                out.printf(Locale.ROOT, "   %-8s %10d %10d%n", kind.name().toLowerCase(Locale.ROOT), n,
                        Math.round(n * 1e9 / elapsed));
            }
        }
        out.printf(Locale.ROOT, "   peak     spawned %d/100ms, alive %d%n", peakSpawned, peakAlive);
        long folded = recorder.foldedTotal();
        long kept = recorder.kept();
        out.printf(Locale.ROOT, "   kept %d events one by one%s%n", kept,
                folded > 0 ? ", " + folded + " more counted only" : "");
        out.flush();
    }

    @Override
    protected void restore() {
        out.flush();
    }
}
