package dev.gocon.go;

import dev.gocon.sched.Scheduler;
import dev.gocon.trace.EventSink;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceEvent.BlockReason;
import dev.gocon.trace.TraceEvent.Ref;
import dev.gocon.trace.TraceEvent.Who;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/*
 * The run's trace events: one typed method per kind of event, and their delivery to the sink.
 *
 * Each typed method does nothing when no one listens (no sink, or the run is over), else takes the
 * time and the carrier once, builds the event and appends it to a lock-free FIFO (MultiWriterFifo:
 * no allocation per event beyond the event itself). Appending cannot throw, so the runtime records
 * events while it holds a channel's or a lock's spin lock, in the order in which it changes that
 * object.
 *
 * No sink but a Recorder (below) runs under such a lock: deliver(), called with no lock held (after
 * each operation, and before a goroutine parks, so that its Block event never waits for another
 * goroutine), hands the recorded events to the sink in FIFO order. One goroutine at a time delivers
 * (whoever wins the flag); a goroutine that loses does not wait: the one delivering looks again
 * after it lets go of the flag, so no event is left behind. (Delivery also stops before an event
 * that another goroutine has claimed its place for but not yet stored: that goroutine delivers it,
 * and what follows, right after.) The sink is thus called from one thread at a time, in the
 * runtime's order, and a slow sink delays only the goroutine that delivers, never another's channel
 * operation. When the run ends, drain() waits for a delivery still under way and delivers what is left.
 *
 * A Recorder (what every trace view and export records into) skips all of that: it is itself a
 * lock-free tape that many threads append to at once, in claim order, and never blocks or calls out,
 * so the runtime appends each event to it at once, under the lock, and deliver() has nothing to do.
 * Readers of the tape see the same order the queue would have given, and see each event as soon as
 * it is recorded.
 */
final class EventLog {

    /** How long drain() pauses between looks at a delivery another thread has under way. */
    private static final long DRAIN_PAUSE_NANOS = 100_000;

    private final EventSink sink;
    private final boolean queued;
    private final Scheduler sched;
    private final MultiWriterFifo<TraceEvent> recorded = new MultiWriterFifo<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicLong messageIds = new AtomicLong();

    /**
     * A log for a run with {@code sink}, or for an untraced run if null. A {@link Recorder} takes the
     * events as they are recorded; any other sink is guarded (a failure turns it off with one warning)
     * and called one delivery at a time, outside every lock.
     */
    EventLog(EventSink sink, Scheduler sched) {
        this.queued = sink != null && !(sink instanceof Recorder);
        this.sink = queued ? new GuardedSink(sink, System.err) : sink;
        this.sched = sched;
    }

    /** True when the run has a sink: the one test before computing an event's costly arguments. */
    boolean on() {
        return sink != null;
    }

    /** A new message id pairing a send with its receive, or 0 in an untraced run. */
    long nextMessage() {
        return sink == null ? 0 : messageIds.incrementAndGet();
    }

    // ---- goroutines ----

    void spawn(Goroutine parent, Goroutine child) {
        if (listening()) {
            record(new TraceEvent.Spawn(sched.nanoTime(), parent.who(), sched.carrier(), child.who()));
        }
    }

    void start(Goroutine g) {
        if (listening()) {
            record(new TraceEvent.Start(sched.nanoTime(), g.who(), sched.carrier()));
        }
    }

    void exit(Goroutine g) {
        if (listening()) {
            record(new TraceEvent.Exit(sched.nanoTime(), g.who(), sched.carrier()));
        }
    }

    /** A goroutine the run stopped at {@code nanos} when it ended: no carrier of its own. */
    void stopped(Who who, long nanos) {
        if (listening()) {
            record(new TraceEvent.Exit(nanos, who, ""));
        }
    }

    void panicked(Goroutine g, String message) {
        if (listening()) {
            record(new TraceEvent.Panicked(sched.nanoTime(), g.who(), sched.carrier(), message));
        }
    }

    void block(Goroutine g, BlockReason reason, Ref object, String detail) {
        if (listening()) {
            record(new TraceEvent.Block(sched.nanoTime(), g.who(), sched.carrier(), reason, object, detail));
        }
    }

    /** {@code by} (null: the timer) made {@code woken} runnable; by == woken: it runs again on its own. */
    void wake(Who by, Who woken) {
        if (listening()) {
            record(new TraceEvent.Wake(sched.nanoTime(), by == null ? Run.TIMER : by, sched.carrier(), woken));
        }
    }

    void sleep(Goroutine g, Duration d) {
        if (listening()) {
            record(new TraceEvent.Sleep(sched.nanoTime(), g.who(), sched.carrier(), d));
        }
    }

    // ---- channels and select ----

    /** {@code by} (null: the timer) put {@code value} into {@code ch}, which then holds {@code len} values. */
    void send(Who by, Channel<?> ch, Object value, long msg, int len) {
        if (listening()) {
            record(new TraceEvent.Send(sched.nanoTime(), by == null ? Run.TIMER : by, sched.carrier(), ch.ref(),
                    Run.show(value), msg, len, ch.cap()));
        }
    }

    /**
     * A value passed straight from sender {@code by} (null: the timer) to receiver {@code to}: the
     * Send, the Receive, and the Wake of whichever of them waited ({@code by} if
     * {@code senderWaited}, else {@code to}) by the other. The three are one step, which the channel
     * completes under its lock, waking the waiter there too (Channel.wakeNowIfTraced); so they share
     * one time, one value text and one claim on a Recorder's tape.
     */
    void handOff(Who by, Who to, Channel<?> ch, Object value, long msg, int len, boolean senderWaited) {
        if (listening()) {
            long now = sched.nanoTime();
            String carrier = sched.carrier();
            String v = Run.show(value);
            Who sender = by == null ? Run.TIMER : by;
            TraceEvent send = new TraceEvent.Send(now, sender, carrier, ch.ref(), v, msg, len, ch.cap());
            TraceEvent receive = new TraceEvent.Receive(now, to, carrier, ch.ref(), v, true, msg, len, ch.cap());
            TraceEvent wake = senderWaited ? new TraceEvent.Wake(now, to, carrier, by)
                    : new TraceEvent.Wake(now, sender, carrier, to);
            recordStep(send, receive, wake);
        }
    }

    void receive(Goroutine g, Channel<?> ch, Object value, long msg, int len) {
        if (listening()) {
            record(new TraceEvent.Receive(sched.nanoTime(), g.who(), sched.carrier(), ch.ref(), Run.show(value),
                    true, msg, len, ch.cap()));
        }
    }

    /** A receive that found {@code ch} closed and drained: Go's zero value, not ok. */
    void receiveClosed(Goroutine g, Channel<?> ch) {
        if (listening()) {
            record(new TraceEvent.Receive(sched.nanoTime(), g.who(), sched.carrier(), ch.ref(), ch.zeroText(),
                    false, 0, 0, ch.cap()));
        }
    }

    /** {@code by} (null: the timer) closed {@code ch}. */
    void close(Goroutine by, Channel<?> ch) {
        if (listening()) {
            record(new TraceEvent.Close(sched.nanoTime(), by == null ? Run.TIMER : by.who(), sched.carrier(),
                    ch.ref()));
        }
    }

    void selectChoice(Goroutine g, int index, Select.Case chosen) {
        if (listening()) {
            record(new TraceEvent.SelectChoice(sched.nanoTime(), g.who(), sched.carrier(), index,
                    Select.describe(chosen)));
        }
    }

    // ---- locks, atomics, races ----

    void lock(Goroutine g, Ref mutex) {
        if (listening()) {
            record(new TraceEvent.Lock(sched.nanoTime(), g.who(), sched.carrier(), mutex));
        }
    }

    void unlock(Goroutine g, Ref mutex) {
        if (listening()) {
            record(new TraceEvent.Unlock(sched.nanoTime(), g.who(), sched.carrier(), mutex));
        }
    }

    void atomic(Goroutine g, Ref object, String operation, String result) {
        if (listening()) {
            record(new TraceEvent.Atomic(sched.nanoTime(), g.who(), sched.carrier(), object, operation, result));
        }
    }

    /** A data race the race detector found; the accesses carry their own times. */
    void race(TraceEvent.Race race) {
        if (listening()) {
            record(race);
        }
    }

    // ---- delivery ----

    /** Appends {@code event} to the tape, or to the queue that deliver() empties into the sink. */
    private void record(TraceEvent event) {
        if (queued) {
            recorded.add(event);
        } else {
            sink.accept(event);
        }
    }

    /** Records three events of one step, next to each other: like record(), with one claim on a Recorder's tape. */
    private void recordStep(TraceEvent first, TraceEvent second, TraceEvent third) {
        if (queued) {
            recorded.add(first);
            recorded.add(second);
            recorded.add(third);
        } else {
            ((Recorder) sink).acceptStep(first, second, third);
        }
    }

    /**
     * Hands every recorded event to the sink, in order, unless another goroutine is doing so (it then
     * delivers these too). Call with no runtime lock held.
     */
    void deliver() {
        if (!queued) {
            return;
        }
        // reads first: a goroutine that sees the flag taken leaves its events to the one delivering
        while (!recorded.isEmpty() && !delivering.get() && delivering.compareAndSet(false, true)) {
            try {
                TraceEvent e;
                while ((e = recorded.poll()) != null) {
                    sink.accept(e);
                }
            } finally {
                delivering.set(false);
            }
        }
    }

    /**
     * Delivers every event recorded so far and returns only when the sink has heard them all: when the
     * run ends, so that {@code Go.run} never returns while another thread (a timer's, which delivers
     * the tick it handed over) is still handing events to the sink. Waits for such a delivery to end,
     * and for an event claimed but not yet stored, for at most {@code timeoutNanos} (a sink that never
     * returns); events recorded after the run stopped are not recorded at all (see listening()).
     */
    void drain(long timeoutNanos) {
        if (!queued) {
            return;
        }
        long deadline = System.nanoTime() + timeoutNanos;
        while (!delivering.compareAndSet(false, true)) {
            if (System.nanoTime() - deadline > 0) {
                return;
            }
            LockSupport.parkNanos(DRAIN_PAUSE_NANOS);
        }
        try {
            while (!recorded.allTaken() && System.nanoTime() - deadline < 0) {
                TraceEvent e = recorded.poll();
                if (e != null) {
                    sink.accept(e);
                } else {
                    Thread.onSpinWait();    // claimed, not yet stored: its writer is a few instructions away
                }
            }
        } finally {
            delivering.set(false);
        }
    }

    /** Someone listens and the run is not over (stopped goroutines race; the trace stays deterministic). */
    private boolean listening() {
        return sink != null && !sched.stopping();
    }
}
