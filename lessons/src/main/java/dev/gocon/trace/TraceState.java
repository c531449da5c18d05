package dev.gocon.trace;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current picture of a run, folded from its events: what each goroutine is doing, what sits in
 * each channel and who waits on it.
 *
 * <p>Like a departure board fed by a stream of announcements, it keeps only the present: apply each
 * event in recording order with {@link #apply}, then read {@link #goroutines()}, {@link #channels()}
 * and {@link #count}. The live renderer and the summaries read it; the exports use its change
 * {@link Listener} to cut state intervals.
 *
 * <pre>{@code
 * TraceState state = new TraceState();
 * cursor.drain(state::apply);
 * state.count(GState.RUNNABLE);       // 3
 * state.channel(ordersId).buffer();   // ["soup", "cake"], as the runtime rendered them
 * }</pre>
 *
 * <p>Not thread-safe: one thread applies and reads.
 */
public final class TraceState {

    /*
     * Implementation notes.
     *
     * Events may arrive slightly out of causal order (two goroutines on two carriers), or be missing
     * (folded by the recorder). Every rule therefore moves towards the picture the latest event implies
     * rather than asserting a transition: an actor of any event is running unless the event says
     * otherwise, and a channel's buffer is trimmed or padded with "?" to the len its latest event
     * reports.
     */

    /** What a goroutine is doing. */
    public enum GState {
        RUNNING, RUNNABLE, BLOCKED_SEND, BLOCKED_RECEIVE, BLOCKED_SELECT, BLOCKED_LOCK,
        /** Waiting for a wait group to reach zero. */
        BLOCKED_WAITGROUP,
        SLEEPING,
        /** Parked in a socket read or accept ({@code [IO wait]}): waits for the network, holds no carrier. */
        IO_WAIT,
        DONE, PANICKED;

        /** True for the states that wait on something. */
        public boolean blocked() {
            return this == BLOCKED_SEND || this == BLOCKED_RECEIVE || this == BLOCKED_SELECT
                    || this == BLOCKED_LOCK || this == BLOCKED_WAITGROUP || this == SLEEPING || this == IO_WAIT;
        }

        /** True once the goroutine has ended. */
        public boolean finished() {
            return this == DONE || this == PANICKED;
        }

        /** The state a block of this reason puts a goroutine in. */
        public static GState of(TraceEvent.BlockReason reason) {
            return switch (reason) {
                case SEND -> BLOCKED_SEND;
                case RECEIVE, NIL_CHANNEL -> BLOCKED_RECEIVE;
                case SELECT -> BLOCKED_SELECT;
                case LOCK -> BLOCKED_LOCK;
                case WAITGROUP -> BLOCKED_WAITGROUP;
                case SLEEP -> SLEEPING;
                case IO_WAIT -> IO_WAIT;
            };
        }
    }

    /** Called when a goroutine changes state; {@code from} is null for a goroutine just seen. */
    @FunctionalInterface
    public interface Listener {
        void changed(TracedGoroutine goroutine, GState from, GState to, long nanos);
    }

    /** One goroutine as the trace last saw it. */
    public static final class TracedGoroutine {
        private final long id;
        private String name;
        private GState state;
        private TraceEvent.BlockReason reason;
        private TraceEvent.Ref waitingOn;
        private String detail = "";
        private String carrier = "";
        private long events;
        private long since;
        private Duration sleep;
        private String panic = "";

        private TracedGoroutine(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        /** {@code g3 chef-2}, as {@link TraceEvent.Who#toString()}. */
        public TraceEvent.Who who() {
            return new TraceEvent.Who(id, name);
        }

        public GState state() {
            return state;
        }

        /** Why it is blocked, or null when it is not. */
        public TraceEvent.BlockReason reason() {
            return reason;
        }

        /** The object it waits on, or null. */
        public TraceEvent.Ref waitingOn() {
            return waitingOn;
        }

        /** The block's words ({@code buffer full}), or {@code ""}. */
        public String detail() {
            return detail;
        }

        /** The carrier it last ran on, or {@code ""} if not yet known. */
        public String carrier() {
            return carrier;
        }

        /** How many events it did or received: a measure of how busy it is. */
        public long events() {
            return events;
        }

        /** When it entered its current state, in run nanoseconds. */
        public long since() {
            return since;
        }

        /** The length of its current sleep, or null. */
        public Duration sleep() {
            return sleep;
        }

        /** Its panic message, or {@code ""}. */
        public String panic() {
            return panic;
        }
    }

    /** A value in a channel's buffer, with the message id that will pair its receive. */
    public record Item(long message, String value) {}

    /** One channel as the trace last saw it. */
    public static final class TracedChannel {
        private final TraceEvent.Ref ref;
        private int cap;
        private boolean capKnown;
        private final Deque<Item> buffer = new ArrayDeque<>();
        private final Set<Long> senders = new LinkedHashSet<>();
        private final Set<Long> receivers = new LinkedHashSet<>();
        private boolean closed;
        private long sent;
        private long received;

        private TracedChannel(TraceEvent.Ref ref) {
            this.ref = ref;
        }

        public TraceEvent.Ref ref() {
            return ref;
        }

        public int cap() {
            return cap;
        }

        /** False until a send or receive has reported the channel's capacity. */
        public boolean capKnown() {
            return capKnown;
        }

        /** The buffered values, oldest first ({@code "?"} where the trace missed one). */
        public List<String> buffer() {
            List<String> values = new ArrayList<>(buffer.size());
            for (Item item : buffer) {
                values.add(item.value());
            }
            return values;
        }

        /** Ids of the goroutines blocked sending, in the order they blocked. */
        public Collection<Long> senders() {
            return Collections.unmodifiableSet(senders);
        }

        /** Ids of the goroutines blocked receiving, in the order they blocked. */
        public Collection<Long> receivers() {
            return Collections.unmodifiableSet(receivers);
        }

        public boolean closed() {
            return closed;
        }

        public long sent() {
            return sent;
        }

        public long received() {
            return received;
        }

        private void fit(int len) {
            while (buffer.size() > len) {
                buffer.removeFirst();
            }
            while (buffer.size() < len) {
                buffer.addFirst(new Item(0, "?"));
            }
        }
    }

    /** One mutex (or wait group) and who holds it and waits for it. */
    public static final class TracedMutex {
        private final TraceEvent.Ref ref;
        private Long holder;
        private final Set<Long> waiters = new LinkedHashSet<>();

        private TracedMutex(TraceEvent.Ref ref) {
            this.ref = ref;
        }

        public TraceEvent.Ref ref() {
            return ref;
        }

        /** The id of the goroutine holding it, or null. */
        public Long holder() {
            return holder;
        }

        public Collection<Long> waiters() {
            return Collections.unmodifiableSet(waiters);
        }
    }

    private final Map<Long, TracedGoroutine> goroutines = new LinkedHashMap<>();
    private final Map<Long, TracedChannel> channels = new LinkedHashMap<>();
    private final Map<Long, TracedMutex> mutexes = new LinkedHashMap<>();
    private final EnumMap<GState, Integer> counts = new EnumMap<>(GState.class);
    private final Map<String, TracedGoroutine> runningOn = new java.util.HashMap<>();
    private final Listener listener;
    private long lastNanos;
    private long applied;

    /** An empty picture. */
    public TraceState() {
        this(null);
    }

    /** An empty picture that reports every state change to {@code listener}. */
    public TraceState(Listener listener) {
        this.listener = listener;
        for (GState s : GState.values()) {
            counts.put(s, 0);
        }
    }

    /** Folds one event into the picture. */
    public void apply(TraceEvent event) {
        applied++;
        long t = event.nanos();
        advanceTo(t);
        TracedGoroutine g = goroutine(event.who(), t);
        g.events++;
        if (!event.carrier().isEmpty()) {
            g.carrier = event.carrier();
        }
        switch (event) {
            case TraceEvent.Spawn e -> {
                running(g, t);
                TracedGoroutine child = goroutine(e.child(), t);
                child.events++;
            }
            case TraceEvent.Start e -> running(g, t);
            case TraceEvent.Block e -> {
                Duration sleeping = g.state == GState.SLEEPING ? g.sleep : null;
                unwait(g);
                if (e.reason() == TraceEvent.BlockReason.SLEEP) {
                    g.sleep = sleeping;
                }
                g.reason = e.reason();
                g.waitingOn = e.object();
                g.detail = e.detail() == null ? "" : e.detail();
                if (e.object() != null) {
                    switch (e.reason()) {
                        case SEND -> channel(e.object()).senders.add(g.id);
                        case RECEIVE, NIL_CHANNEL -> channel(e.object()).receivers.add(g.id);
                        case LOCK, WAITGROUP -> mutex(e.object()).waiters.add(g.id);
                        default -> { }
                    }
                }
                set(g, GState.of(e.reason()), t);
            }
            case TraceEvent.Wake e -> {
                // The waker runs; a goroutine that wakes itself runs again after its sleep or I/O.
                running(g, t);
                if (e.woken().id() != g.id) {
                    TracedGoroutine woken = goroutine(e.woken(), t);
                    woken.events++;
                    if (!woken.state.finished()) {
                        unwait(woken);
                        set(woken, GState.RUNNABLE, t);
                    }
                }
            }
            case TraceEvent.Send e -> {
                running(g, t);
                TracedChannel c = channel(e.channel());
                c.cap = e.cap();
                c.capKnown = true;
                c.sent++;
                if (e.cap() > 0) {
                    c.buffer.addLast(new Item(e.message(), e.value()));
                }
                c.fit(Math.max(0, e.len()));
            }
            case TraceEvent.Receive e -> {
                running(g, t);
                TracedChannel c = channel(e.channel());
                c.cap = e.cap();
                c.capKnown = true;
                if (e.ok()) {
                    c.received++;
                    for (Iterator<Item> it = c.buffer.iterator(); it.hasNext(); ) {
                        if (it.next().message() == e.message()) {
                            it.remove();
                            break;
                        }
                    }
                }
                c.fit(Math.max(0, e.len()));
            }
            case TraceEvent.Close e -> {
                running(g, t);
                channel(e.channel()).closed = true;
            }
            case TraceEvent.SelectChoice e -> running(g, t);
            case TraceEvent.Lock e -> {
                running(g, t);
                TracedMutex m = mutex(e.mutex());
                m.holder = g.id;
            }
            case TraceEvent.Unlock e -> {
                running(g, t);
                TracedMutex m = mutex(e.mutex());
                if (m.holder != null && m.holder == g.id) {
                    m.holder = null;
                }
            }
            case TraceEvent.Sleep e -> {
                unwait(g);
                g.reason = TraceEvent.BlockReason.SLEEP;
                g.sleep = e.duration();
                set(g, GState.SLEEPING, t);
            }
            case TraceEvent.Panicked e -> {
                unwait(g);
                g.panic = e.message() == null ? "" : e.message();
                set(g, GState.PANICKED, t);
            }
            case TraceEvent.Exit e -> {
                if (!g.state.finished()) {
                    unwait(g);
                    set(g, GState.DONE, t);
                }
            }
            case TraceEvent.Atomic e -> running(g, t);
            case TraceEvent.Race e -> running(g, t);
        }
    }

    /**
     * Marks {@code g} done at {@code nanos} without an event: the run ended while it ran, waited for
     * its turn, or waited past the recorder's bound. For {@link Timeline#end}.
     */
    void finish(TracedGoroutine g, long nanos) {
        if (!g.state.finished()) {
            unwait(g);
            set(g, GState.DONE, nanos);
        }
    }

    /** Moves the picture's clock on to {@code nanos} without an event (a run still going). */
    public void advanceTo(long nanos) {
        lastNanos = Math.max(lastNanos, nanos);
    }

    /** Every goroutine seen so far, in the order it was first seen. */
    public Collection<TracedGoroutine> goroutines() {
        return Collections.unmodifiableCollection(goroutines.values());
    }

    /** One goroutine, or null. */
    public TracedGoroutine goroutine(long id) {
        return goroutines.get(id);
    }

    /** Every channel seen so far, in the order it was first seen. */
    public Collection<TracedChannel> channels() {
        return Collections.unmodifiableCollection(channels.values());
    }

    /** One channel by its ref id, or null. */
    public TracedChannel channel(long id) {
        return channels.get(id);
    }

    /** Every mutex or wait group seen so far. */
    public Collection<TracedMutex> mutexes() {
        return Collections.unmodifiableCollection(mutexes.values());
    }

    /** How many goroutines are in {@code state}. */
    public int count(GState state) {
        return counts.get(state);
    }

    /** Goroutines by state, in the enum's order. */
    public Map<GState, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The latest event time seen, in run nanoseconds. */
    public long lastNanos() {
        return lastNanos;
    }

    /*
     * Events with goroutine id 0 come from the runtime's own timer (it sends on time.After channels and
     * wakes sleepers). Their effects on channels and on the goroutines they wake are applied, but the
     * timer is not a goroutine: it gets no lane, no state and no place in the counts.
     */
    private static final long RUNTIME_ID = 0;
    private final TracedGoroutine runtime = new TracedGoroutine(RUNTIME_ID, "timer");

    {
        runtime.state = GState.RUNNING; // never changes: set() leaves the timer alone
    }

    /** How many events have been applied: changes whenever the picture may have changed. */
    public long applied() {
        return applied;
    }

    private TracedGoroutine goroutine(TraceEvent.Who who, long t) {
        if (who.id() == RUNTIME_ID) {
            return runtime;
        }
        TracedGoroutine g = goroutines.get(who.id());
        if (g == null) {
            g = new TracedGoroutine(who.id(), who.name());
            goroutines.put(who.id(), g);
            g.state = GState.RUNNABLE;
            g.since = t;
            counts.merge(GState.RUNNABLE, 1, Integer::sum);
            if (listener != null) {
                listener.changed(g, null, GState.RUNNABLE, t);
            }
        } else if (g.name.isEmpty() && !who.name().isEmpty()) {
            g.name = who.name();
        }
        return g;
    }

    private TracedChannel channel(TraceEvent.Ref ref) {
        return channels.computeIfAbsent(ref.id(), id -> new TracedChannel(ref));
    }

    private TracedMutex mutex(TraceEvent.Ref ref) {
        return mutexes.computeIfAbsent(ref.id(), id -> new TracedMutex(ref));
    }

    private void running(TracedGoroutine g, long t) {
        if (g.state.finished() || g == runtime) {
            return;
        }
        if (g.state != GState.RUNNING) {
            unwait(g);
        }
        set(g, GState.RUNNING, t);
        // One goroutine at a time per carrier (the stepped scheduler has one, named ""): whoever ran
        // there before and reported nothing since was taken off it, with its turn still to come.
        TracedGoroutine before = runningOn.put(g.carrier, g);
        if (before != null && before != g && before.state == GState.RUNNING && before.carrier.equals(g.carrier)) {
            set(before, GState.RUNNABLE, t);
        }
    }

    private void unwait(TracedGoroutine g) {
        TraceEvent.Ref on = g.waitingOn;
        if (on != null) {
            TracedChannel c = channels.get(on.id());
            if (c != null && c.ref.equals(on)) {
                c.senders.remove(g.id);
                c.receivers.remove(g.id);
            }
            TracedMutex m = mutexes.get(on.id());
            if (m != null && m.ref.equals(on)) {
                m.waiters.remove(g.id);
            }
        }
        g.waitingOn = null;
        g.reason = null;
        g.detail = "";
        g.sleep = null;
    }

    private void set(TracedGoroutine g, GState to, long t) {
        if (g == runtime) {
            return;
        }
        GState from = g.state;
        if (from == to) {
            return;
        }
        counts.merge(from, -1, Integer::sum);
        counts.merge(to, 1, Integer::sum);
        g.state = to;
        g.since = t;
        if (listener != null) {
            listener.changed(g, from, to, t);
        }
    }
}
