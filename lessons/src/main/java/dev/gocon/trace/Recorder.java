package dev.gocon.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * An {@link EventSink} that keeps the first {@code bound} events of a run in order and counts the
 * rest, without ever blocking the goroutines it records.
 *
 * <p>Think of a flight recorder with a fixed-size tape: every event gets the next place on the tape;
 * when the tape is full, later events are only tallied by kind. A run of a million goroutines therefore
 * records at full speed in bounded memory, and its totals stay exact.
 *
 * <pre>{@code
 * Recorder recorder = new Recorder(100_000);
 * Go.run(config.withSink(recorder), () -> ...); // the runtime calls recorder.accept(event)
 * Recorder.Cursor cursor = recorder.cursor();   // the render thread's own read position
 * cursor.drain(state::apply);                   // new events, in recording order
 * List<TraceEvent> all = recorder.events();     // at the end, for exports
 * }</pre>
 *
 * <p>Memory consistency effects: actions in a thread prior to {@link #accept} of an event
 * <i>happen-before</i> a {@link Cursor#drain} or {@link #events()} call that returns that event.
 */
public final class Recorder implements EventSink {

    /*
     * Implementation notes.
     *
     * The tape is made of segments of SEGMENT slots, each a plain array written with release stores and
     * read with acquire loads. A segment is allocated when the first event reaches it (whoever gets
     * there first installs it with a CAS), so a recorder costs memory for the events it holds, not for
     * its bound: a short run with the default bound allocates 16 KB, not 2 MB up front (and no array
     * large enough for the garbage collector to treat it as a humongous object that keeps every event
     * it points to alive until an old-generation collection). A writer claims slot i with
     * getAndIncrement on `claimed` and then publishes its event into slot i (acceptStep claims three
     * slots with one getAndAdd). A reader walks slots in
     * order and stops at the first slot that is still null, or whose segment is not there yet: that
     * event is claimed but not yet published, and the reader picks it up on its next drain. So no
     * reader ever skips an event, and the order readers see is the claim order, which within one
     * goroutine is program order.
     *
     * Once `claimed` has passed the bound, writers no longer touch it (a volatile read tells them), so
     * the overflow path contends only on striped LongAdders, one per kind. A kept event costs its
     * writer nothing more: the totals by kind count the kept events on the tape when someone asks for
     * them (a cursor of the recorder's own, under its lock, so each event is counted once), and add
     * the folded counts, so summaries keep exact rates after the tape is full.
     */

    /** The default bound: enough for any lesson demo, about 50 MB at most. */
    public static final int DEFAULT_BOUND = 500_000;

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(TraceEvent[].class);
    private static final int SEGMENT_BITS = 12;
    private static final int SEGMENT = 1 << SEGMENT_BITS;

    private final int bound;
    private final AtomicReferenceArray<TraceEvent[]> segments;
    private final AtomicLong claimed = new AtomicLong();
    private final LongAdder[] folded = adders();
    /** Kept events by kind, up to {@code counted}'s position; guarded by this recorder's lock. */
    private final long[] kept = new long[Kind.values().length];
    private final Cursor counted = new Cursor();

    /** A recorder that keeps up to {@link #DEFAULT_BOUND} events. */
    public Recorder() {
        this(DEFAULT_BOUND);
    }

    /** A recorder that keeps up to {@code bound} events and counts the rest. */
    public Recorder(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("bound < 0: " + bound);
        }
        this.bound = bound;
        this.segments = new AtomicReferenceArray<>((bound + SEGMENT - 1) >>> SEGMENT_BITS);
    }

    /** The kinds of events, one per record of {@link TraceEvent}, for counting. */
    public enum Kind {
        SPAWN, START, BLOCK, WAKE, SEND, RECEIVE, CLOSE, SELECT, LOCK, UNLOCK, SLEEP, PANIC, EXIT, ATOMIC, RACE;

        /** The kind of an event. */
        public static Kind of(TraceEvent event) {
            return switch (event) {
                case TraceEvent.Spawn e -> SPAWN;
                case TraceEvent.Start e -> START;
                case TraceEvent.Block e -> BLOCK;
                case TraceEvent.Wake e -> WAKE;
                case TraceEvent.Send e -> SEND;
                case TraceEvent.Receive e -> RECEIVE;
                case TraceEvent.Close e -> CLOSE;
                case TraceEvent.SelectChoice e -> SELECT;
                case TraceEvent.Lock e -> LOCK;
                case TraceEvent.Unlock e -> UNLOCK;
                case TraceEvent.Sleep e -> SLEEP;
                case TraceEvent.Panicked e -> PANIC;
                case TraceEvent.Exit e -> EXIT;
                case TraceEvent.Atomic e -> ATOMIC;
                case TraceEvent.Race e -> RACE;
            };
        }
    }

    @Override
    public void accept(TraceEvent event) {
        if (claimed.get() < bound) {
            put(claimed.getAndIncrement(), event);
        } else {
            fold(event);
        }
    }

    /**
     * Records three events that happened as one step, in this order and next to each other on the
     * tape, with one claim: what the runtime records when a value passes straight from one goroutine
     * to another (the Send, the Receive, and the Wake of the one that waited).
     */
    public void acceptStep(TraceEvent first, TraceEvent second, TraceEvent third) {
        if (claimed.get() < bound) {
            long slot = claimed.getAndAdd(3);
            put(slot, first);
            put(slot + 1, second);
            put(slot + 2, third);
        } else {
            fold(first);
            fold(second);
            fold(third);
        }
    }

    /** Publishes {@code event} into the claimed {@code slot}, or only counts it if the slot is past the bound. */
    private void put(long slot, TraceEvent event) {
        if (slot < bound) {
            SLOTS.setRelease(segment((int) slot), (int) slot & (SEGMENT - 1), event);
        } else {
            fold(event);
        }
    }

    private void fold(TraceEvent event) {
        folded[Kind.of(event).ordinal()].increment();
    }

    /** How many events were kept one by one so far (claimed slots, some perhaps still being written). */
    public int kept() {
        return (int) Math.min(claimed.get(), bound);
    }

    /** How many events this recorder keeps one by one. */
    public int bound() {
        return bound;
    }

    /** A new read position at the start of the tape, for one reader thread. */
    public Cursor cursor() {
        return new Cursor();
    }

    /**
     * The kept events published so far, in recording order: the longest run of published slots from
     * the start. Call it after the run for the complete list.
     */
    public List<TraceEvent> events() {
        List<TraceEvent> list = new ArrayList<>();
        cursor().drain(list::add);
        return list;
    }

    /** Events of each kind seen so far, kept (and published) or folded. */
    public synchronized Map<Kind, Long> totals() {
        countKept();
        Map<Kind, Long> map = sums(folded);
        map.replaceAll((kind, n) -> n + kept[kind.ordinal()]);
        return map;
    }

    /** Events of each kind that came after the tape was full and were only counted. */
    public Map<Kind, Long> foldedCounts() {
        return sums(folded);
    }

    /** Events seen so far of one kind, kept (and published) or folded. */
    public synchronized long total(Kind kind) {
        countKept();
        return kept[kind.ordinal()] + folded[kind.ordinal()].sum();
    }

    /** Counts by kind the events published on the tape since the last call; under the lock. */
    private void countKept() {
        counted.drain(e -> kept[Kind.of(e).ordinal()]++);
    }

    /** All events that were only counted. */
    public long foldedTotal() {
        long sum = 0;
        for (LongAdder adder : folded) {
            sum += adder.sum();
        }
        return sum;
    }

    /**
     * One reader's position on the tape. Not thread-safe: each reader thread makes its own.
     */
    public final class Cursor {
        private int next;

        private Cursor() {
        }

        /**
         * Passes every event published since the last call, in recording order, to {@code action}, and
         * returns how many it passed. Stops at an event that is claimed but not yet published.
         */
        public int drain(Consumer<? super TraceEvent> action) {
            int limit = (int) Math.min(claimed.get(), bound);
            int start = next;
            while (next < limit) {
                TraceEvent[] segment = segments.get(next >>> SEGMENT_BITS);
                TraceEvent event = segment == null ? null
                        : (TraceEvent) SLOTS.getAcquire(segment, next & (SEGMENT - 1));
                if (event == null) {
                    break;
                }
                next++;
                action.accept(event);
            }
            return next - start;
        }

        /** How many events this cursor has passed on so far. */
        public int position() {
            return next;
        }
    }

    /** The segment that holds {@code slot}, allocated by the first writer to reach it. */
    private TraceEvent[] segment(int slot) {
        int index = slot >>> SEGMENT_BITS;
        TraceEvent[] segment = segments.get(index);
        if (segment == null) {
            TraceEvent[] fresh = new TraceEvent[Math.min(SEGMENT, bound - (index << SEGMENT_BITS))];
            segment = segments.compareAndExchange(index, null, fresh);
            if (segment == null) {
                segment = fresh;
            }
        }
        return segment;
    }

    private static LongAdder[] adders() {
        LongAdder[] adders = new LongAdder[Kind.values().length];
        for (int i = 0; i < adders.length; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }

    private static Map<Kind, Long> sums(LongAdder[] adders) {
        Map<Kind, Long> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            map.put(kind, adders[kind.ordinal()].sum());
        }
        return map;
    }
}
