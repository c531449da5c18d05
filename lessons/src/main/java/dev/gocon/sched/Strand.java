package dev.gocon.sched;

import dev.gocon.trace.TraceEvent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * The part of a goroutine that a {@link Scheduler} sees: its identity, its thread, its parking state
 * and what it is blocked on.
 *
 * <p>Each {@code dev.gocon.go.Goroutine} owns one (composition: the goroutine handle that programs
 * hold shows none of this).
 *
 * <p>This is an internal type of the runtime, public only because the runtime ({@code dev.gocon.go})
 * and the schedulers ({@code dev.gocon.sched}) live in different packages. Programs use
 * {@code dev.gocon.go.Goroutine}.
 */
public final class Strand {

    /** The goroutine id: main is 1, then creation order within the run. */
    public final long id;
    /** The goroutine's name, {@code ""} if none. */
    public final String name;

    volatile Thread thread;
    /**
     * Native only: {@link NativeScheduler#RUNNING}, {@link NativeScheduler#PARKED} (parked, its count
     * given up) or {@link NativeScheduler#WOKEN} (woken, not yet run): the permit and the hand-shake
     * that tells a waker whether to count the strand again. Accessed through a VarHandle there.
     */
    volatile int parkState;
    /**
     * Native only, the strand's own: how many coming parks skip the yields before parking, and how
     * many the next miss makes it skip (doubling up to 64 while yields keep missing). The first park
     * skips them: a goroutine that has not yet waited gives no sign that a partner will answer soon.
     */
    byte yieldSkip = 1;
    byte yieldBackoff = 1;
    /**
     * Native only, the strand's own: counts of the deadlock detector's counter it took ahead for
     * goroutines it will start; given back when it blocks or exits (see NativeScheduler.countActive).
     */
    int reserve;
    /** Native only, the strand's own: the same back-off for the spins of a hand-over. */
    byte spinSkip = 1;
    byte spinBackoff = 1;
    /** Set when this strand may run: the stepped scheduler's token. */
    volatile boolean token;
    /** Stepped only: what this strand will do when it next runs. */
    Supplier<String> nextOp;
    /** Stepped only: true while this strand is in the run queue. */
    boolean runnable;
    /** Native only: true once the strand is in the registry of strands that have blocked. */
    boolean registered;

    /*
     * The block record is written by the strand itself before it parks and read by the deadlock
     * detector or the stepped scheduler after the park is published (an atomic decrement or the token
     * hand-off), so plain fields suffice.
     */

    /**
     * True if this strand is parked and no one has woken it yet. A strand that was woken but has not
     * run since still has its block record (it clears it when it runs), and is not blocked.
     */
    public boolean blocked() {
        return blockReason != null && parkState != NativeScheduler.WOKEN && !runnable;
    }

    /** What this strand is blocked on, for goroutine dumps and step descriptions; null while it runs. */
    public TraceEvent.BlockReason blockReason;
    /** The object it waits on (a channel, a mutex), or null. */
    public TraceEvent.Ref blockObject;
    /** Why in words, such as {@code "no receiver"}. */
    public String blockDetail;

    private TraceEvent.Who who;

    private volatile boolean started;
    /** Set once by whoever records this strand's end: the strand itself, or the run that stops it. */
    private volatile boolean ended;
    private static final VarHandle ENDED;
    private static final VarHandle STARTED;

    static {
        try {
            ENDED = MethodHandles.lookup().findVarHandle(Strand.class, "ended", boolean.class);
            STARTED = MethodHandles.lookup().findVarHandle(Strand.class, "started", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A strand for the goroutine {@code id}; a null name counts as none. */
    public Strand(long id, String name) {
        this.id = id;
        this.name = name == null ? "" : name;
    }

    /** Marks that the strand has begun running its body: one that never did is reported as left behind. */
    public void markStarted() {
        // a release store, without the fence of a volatile one: whoever reads it (the run's end, the
        // stepped scheduler) has a happens-before edge to it from the strand's park, exit or turn
        STARTED.setRelease(this, true);
    }

    /** True once {@link #markStarted} was called. */
    public boolean started() {
        return started;
    }

    /**
     * Claims the recording of this strand's end; true for the first caller only. A goroutine that
     * finishes and the run that ends at the same moment both want to record its end: the trace must
     * show one.
     */
    public boolean claimEnd() {
        return ENDED.compareAndSet(this, false, true);
    }

    /** The thread this strand runs on, or null before it starts. */
    public Thread thread() {
        return thread;
    }

    /** What this strand will do when it next runs ({@code ""} if not known): stepped runs only. */
    public String describeNextOp() {
        Supplier<String> op = nextOp;
        return op == null ? "" : op.get();
    }

    /** Binds a strand to a thread that was not started by a scheduler (a thread outside any run). */
    public void attachThread(Thread t) {
        thread = t;
    }

    /** The trace identity, created on first use. */
    public TraceEvent.Who who() {
        TraceEvent.Who w = who;
        if (w == null) {
            who = w = new TraceEvent.Who(id, name);
        }
        return w;
    }

    /** Records what this strand is about to block on. */
    public void blockOn(TraceEvent.BlockReason reason, TraceEvent.Ref object, String detail) {
        blockReason = reason;
        blockObject = object;
        blockDetail = detail;
    }

    /** Clears the block record once the strand runs again. */
    public void running() {
        blockReason = null;
        blockObject = null;
        blockDetail = null;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "g" + id : "g" + id + " " + name;
    }
}
