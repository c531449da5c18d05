package dev.gocon.go;

import dev.gocon.trace.TraceEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The race detector of one run: finds two accesses to a {@link Shared} variable, at least one a write,
 * that no chain of synchronisation orders, whatever order they happened to run in.
 *
 * <p>Turned on by {@link RunConfig#withRaceDetector()}; its findings are {@link RunReport#races()}.
 * Every primitive of the runtime calls it where Go's memory model puts an edge, one method per
 * primitive event, so a program is checked under the same rules under both schedulers.
 *
 * <p>How it works: happens-before is tracked with vector clocks, as Go's detector (ThreadSanitizer)
 * and the FastTrack algorithm do. Each goroutine has a clock: entry {@code i} is how far into
 * goroutine {@code i}'s history it is known to be ordered after. A synchronisation object (a mutex, a
 * wait group, a slot of a channel's buffer, an atomic) has a clock too: a <em>release</em> (unlock,
 * send, done) joins the goroutine's clock into the object's and starts the goroutine's next epoch; an
 * <em>acquire</em> (lock, receive, await returning) joins the object's clock into the goroutine's. An
 * access is remembered as an epoch, a goroutine and its own clock entry then; a later access by
 * another goroutine is ordered after it exactly when its clock has reached that epoch. A variable keeps
 * its last write as one epoch, and its reads as one epoch while each read is ordered after the one
 * before, as a short list only while they are concurrent.
 *
 * <p>The edges, one per rule of the Go memory model that the runtime has:
 * <ul>
 *   <li>{@code go}: the parent's clock is the child's start ({@link #spawned});</li>
 *   <li>an unbuffered send and its receive: each side is ordered after the other's past
 *       ({@link #sent}, {@link #received}: a hand-off between the two goroutines);</li>
 *   <li>a buffered channel of capacity C: the k-th send and the k-th receive meet in slot k mod C, so the
 *       k-th send is before the k-th receive completes, and the k-th receive before the (k+C)-th send
 *       completes;</li>
 *   <li>a close is before a receive that sees the channel closed ({@link #closed}, {@link #sawClosed});</li>
 *   <li>an unlock is before the next lock; for RWMutex, a write unlock before later read and write locks,
 *       a read unlock before the next write lock;</li>
 *   <li>a WaitGroup {@code done} is before the {@code await} it releases returns;</li>
 *   <li>a {@code Once}'s function is before any {@code doOnce} returns;</li>
 *   <li>a context's cancel is before {@code done()} is seen closed (it closes that channel);</li>
 *   <li>atomics are sequentially consistent: a load acquires, a store releases, a read-modify-write does
 *       both, each together with the operation itself ({@link #atomic}).</li>
 * </ul>
 * A lock or a wait is not itself checked for races: only {@link Shared} variables are.
 *
 * <p>A race is recorded once per pair of places (each with its kind, read or write), whichever of the
 * two ran first, so every schedule of a racy program reports the same races. Each is also emitted as a
 * {@link TraceEvent.Race} event.
 *
 * <p>Memory consistency effects: every method runs under this detector's lock, so clocks need no other
 * synchronisation, even those of parked goroutines, which a waker updates on their behalf.
 */
final class RaceDetector {

    /*
     * Implementation notes. Clocks live in the goroutines (Goroutine.clock) and in identity maps keyed
     * by the synchronisation object, so a primitive carries no detector state and a run without the
     * detector allocates nothing. A channel's state (close clock, one clock per buffer slot, send and
     * receive counts) is a ChannelClocks. Places are captured before the lock is taken: walking the
     * stack is the costliest part of an access.
     */

    /** How an atomic operation synchronises. */
    enum AtomicKind {
        /** A load: acquires. */
        LOAD,
        /** A store: releases. */
        STORE,
        /** Add and swap: acquire and release. */
        READ_MODIFY_WRITE,
        /** Compare-and-swap: acquires; releases too if it swapped (the operation returns true). */
        COMPARE_AND_SWAP
    }

    private final Run run;
    private final Map<Object, VectorClock> syncClocks = new IdentityHashMap<>();
    private final Map<Channel<?>, ChannelClocks> channels = new IdentityHashMap<>();
    private final Map<Shared<?>, Shadow> shadows = new IdentityHashMap<>();
    private final Set<List<Object>> reportedPairs = new HashSet<>();
    private final List<DataRace> races = new ArrayList<>();

    /** Set once any run of this JVM has had a detector: see {@link #everCreated}. */
    private static volatile boolean created;

    RaceDetector(Run run) {
        this.run = run;
        created = true;
    }

    /**
     * True once any run of this JVM was made with a detector. Until then no goroutine can have one,
     * and a hook that must first look up the calling goroutine to find its run's detector (a
     * {@code WaitGroup.done}, which otherwise needs no goroutine) skips the lookup. Set before the
     * run's main goroutine starts, so every goroutine of such a run sees it.
     */
    static boolean everCreated() {
        return created;
    }

    // ---- goroutines ----

    /** The go statement: the child starts knowing everything its parent did (parent null: main). */
    synchronized void spawned(Goroutine parent, Goroutine child, DataRace.Place createdAt) {
        VectorClock c = parent == null ? new VectorClock() : parent.clock.copy();
        c.tick(child.id());
        child.clock = c;
        child.createdAt = parent == null ? null : createdAt;
        if (parent != null) {
            parent.clock.tick(parent.id());
        }
    }

    synchronized void exited(Goroutine g) {
        g.finished = true;
    }

    // ---- plain synchronisation objects: Mutex, RWMutex, WaitGroup, Once, Context ----

    /** {@code g} is ordered after every release on {@code sync} so far. */
    synchronized void acquire(Goroutine g, Object sync) {
        VectorClock c = syncClocks.get(sync);
        if (c != null) {
            g.clock.join(c);
        }
    }

    /** What {@code g} did so far is ordered before every later acquire on {@code sync}. */
    synchronized void release(Goroutine g, Object sync) {
        syncClocks.computeIfAbsent(sync, k -> new VectorClock()).join(g.clock);
        g.clock.tick(g.id());
    }

    // ---- channels ----

    /**
     * A send on {@code ch} by {@code sender} completed; {@code receiver} is the parked goroutine that
     * took the value directly, or null if it went into the buffer.
     */
    synchronized void sent(Goroutine sender, Channel<?> ch, Goroutine receiver) {
        ChannelClocks cc = clocks(ch);
        if (cc.slots == null) {
            handOff(sender, receiver);
            return;
        }
        // as Go does, a direct hand-off on a buffered channel goes through the slot it would have used
        VectorClock slot = cc.slot(cc.sent++);
        exchange(sender, slot);
        if (receiver != null) {
            cc.received++;
            exchange(receiver, slot);
        }
    }

    /**
     * A receive of a value from {@code ch} by {@code receiver} completed; {@code sender} is the parked
     * goroutine whose value it took (unbuffered), or whose value moved into the freed slot (buffered,
     * full), or null.
     */
    synchronized void received(Goroutine receiver, Channel<?> ch, Goroutine sender) {
        ChannelClocks cc = clocks(ch);
        if (cc.slots == null) {
            handOff(receiver, sender);
            return;
        }
        exchange(receiver, cc.slot(cc.received++));
        if (sender != null) {
            exchange(sender, cc.slot(cc.sent++));
        }
    }

    /** A timer put a value into {@code ch} (for a waiting receiver if {@code direct}): no goroutine's past. */
    synchronized void timerSent(Channel<?> ch, boolean direct) {
        ChannelClocks cc = clocks(ch);
        if (cc.slots != null) {
            cc.sent++;
            if (direct) {
                cc.received++;
            }
        }
    }

    /** {@code by} closed {@code ch}; null when a timer did (a context's deadline). */
    synchronized void closed(Goroutine by, Channel<?> ch) {
        if (by != null) {
            clocks(ch).close.join(by.clock);
            by.clock.tick(by.id());
        }
    }

    /** A receive by {@code g} returned because {@code ch} is closed. */
    synchronized void sawClosed(Goroutine g, Channel<?> ch) {
        g.clock.join(clocks(ch).close);
    }

    private ChannelClocks clocks(Channel<?> ch) {
        return channels.computeIfAbsent(ch, k -> new ChannelClocks(k.cap()));
    }

    /** Both goroutines are ordered after both pasts (one of them is parked, waiting for the other). */
    private static void handOff(Goroutine a, Goroutine b) {
        a.clock.join(b.clock);
        b.clock.join(a.clock);
        a.clock.tick(a.id());
        b.clock.tick(b.id());
    }

    /** Acquire then release on {@code sync}. */
    private static void exchange(Goroutine g, VectorClock sync) {
        g.clock.join(sync);
        sync.join(g.clock);
        g.clock.tick(g.id());
    }

    // ---- atomics ----

    /** Runs the atomic operation {@code op} on {@code cell} by {@code g}, with its edges, as one step. */
    synchronized <R> R atomic(Goroutine g, Object cell, AtomicKind kind, Supplier<R> op) {
        if (kind != AtomicKind.STORE) {
            acquire(g, cell);
        }
        R result = op.get();
        if (kind == AtomicKind.STORE || kind == AtomicKind.READ_MODIFY_WRITE
                || kind == AtomicKind.COMPARE_AND_SWAP && Boolean.TRUE.equals(result)) {
            release(g, cell);
        }
        return result;
    }

    // ---- shared variables ----

    /** {@code g} reads {@code variable}. */
    void read(Goroutine g, Shared<?> variable) {
        if (!sameEpoch(g, variable, false)) {
            access(g, variable, false, CodePlace.caller());
        }
    }

    /** {@code g} writes {@code variable}. */
    void write(Goroutine g, Shared<?> variable) {
        if (!sameEpoch(g, variable, true)) {
            access(g, variable, true, CodePlace.caller());
        }
    }

    /**
     * FastTrack's fast path: true if {@code g} already made an access of this kind (or a write, for a
     * read) to {@code variable} in its current epoch, with no synchronisation since. Such an access
     * races with exactly what the earlier one races with, so it is not checked again, and the stack is
     * not walked for its place: that walk is most of the cost of an access.
     */
    private synchronized boolean sameEpoch(Goroutine g, Shared<?> variable, boolean write) {
        Shadow s = shadows.get(variable);
        if (s == null) {
            return false;
        }
        long now = g.clock.get(g.id());
        if (s.write != null && s.write.g == g && s.write.time == now) {
            return true;
        }
        if (!write) {
            for (Epoch r : s.reads) {
                if (r.g == g && r.time == now) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized void access(Goroutine g, Shared<?> variable, boolean write, DataRace.Place place) {
        Shadow s = shadows.computeIfAbsent(variable, k -> new Shadow());
        VectorClock c = g.clock;
        Epoch now = new Epoch(g, c.get(g.id()), write, place, run.now());
        if (s.write != null && !s.write.before(c)) {
            found(variable, now, s.write);
        }
        if (write) {
            for (Epoch r : s.reads) {
                if (!r.before(c)) {
                    found(variable, now, r);
                }
            }
            s.reads.clear();
            s.write = now;
        } else {
            // reads ordered before this one are covered by it: what races with them races with it
            s.reads.removeIf(r -> r.before(c));
            s.reads.add(now);
        }
    }

    private void found(Shared<?> variable, Epoch now, Epoch earlier) {
        List<Object> pair = List.of(variable, Set.copyOf(List.of(now.kindAndPlace(), earlier.kindAndPlace())));
        if (!reportedPairs.add(pair)) {
            return;
        }
        DataRace race = new DataRace(variable.name(), now.access(), earlier.access());
        races.add(race);
        if (run.tracing()) {
            run.events.race(new TraceEvent.Race(now.nanos, now.g.who(), run.carrier(), variable.name(), now.write,
                    now.place.toString(), earlier.g.who(), earlier.write, earlier.place.toString(), earlier.nanos));
        }
    }

    /** The races found so far, in the order found. */
    synchronized List<DataRace> races() {
        return List.copyOf(races);
    }

    /* One access: the goroutine and its own clock entry at the time (its epoch), for the check. */
    private record Epoch(Goroutine g, long time, boolean write, DataRace.Place place, long nanos) {

        /** True if this access happens before whatever the owner of {@code clock} does now. */
        boolean before(VectorClock clock) {
            return time <= clock.get(g.id());
        }

        List<Object> kindAndPlace() {
            return List.of(write, place);
        }

        DataRace.Access access() {
            return new DataRace.Access(write, g.id(), g.name(), place, g.createdAt, g.finished, nanos);
        }
    }

    /* What the detector remembers of one shared variable: the last write and the reads since. */
    private static final class Shadow {
        Epoch write;
        final List<Epoch> reads = new ArrayList<>(2);
    }

    /* A channel's clocks: for its close, and one per buffer slot, made on first use (none when unbuffered). */
    private static final class ChannelClocks {
        final VectorClock close = new VectorClock();
        final VectorClock[] slots;
        long sent;
        long received;

        ChannelClocks(int capacity) {
            slots = capacity == 0 ? null : new VectorClock[capacity];
        }

        /** The clock of the slot that the {@code k}-th send and the {@code k}-th receive (from 0) use. */
        VectorClock slot(long k) {
            int i = (int) (k % slots.length);
            VectorClock c = slots[i];
            if (c == null) {
                slots[i] = c = new VectorClock();
            }
            return c;
        }
    }
}
