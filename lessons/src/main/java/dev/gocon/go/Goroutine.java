package dev.gocon.go;

import dev.gocon.sched.Strand;
import dev.gocon.trace.TraceEvent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A goroutine: a function running concurrently with the rest of the program, on its own virtual
 * thread.
 *
 * <p>Go equivalent: what the {@code go} statement starts (Go gives programs no handle to it; gocon
 * returns one so that traces, dumps and tests can name it). Ids count from 1 (main) in creation
 * order within a run; the name, if given, appears in traces and goroutine dumps. The handle shows
 * nothing of the scheduler: the runtime keeps that state in a {@link Strand} of its own.
 */
public final class Goroutine {

    /*
     * Implementation notes. `waiter` is reused for every plain channel or lock wait, so blocking
     * allocates nothing. `selectDone` is Go's g.selectDone: the waker that flips it from 0 to 1 wins
     * the select and leaves the winning waiter in `param`.
     */

    /** The goroutine a run's thread runs: bound for the whole body, so lookups are cheap and nothing
     * is left in a per-thread map (a ThreadLocal would cost every goroutine a map and a weak
     * reference). */
    static final ScopedValue<Goroutine> CURRENT = ScopedValue.newInstance();
    /** Threads outside any run (plain main methods, tests) adopted into the default runtime. */
    private static final ThreadLocal<Goroutine> ADOPTED = new ThreadLocal<>();
    private static final Goroutine NONE = new Goroutine(null, 0, "none");
    private static final VarHandle SELECT_DONE;

    static {
        try {
            SELECT_DONE = MethodHandles.lookup().findVarHandle(Goroutine.class, "selectDone", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Run run;
    final long id;
    final String name;
    /** What the scheduler sees of this goroutine: its thread, parking state and block record. */
    final Strand strand;
    private Waiter waiter;
    volatile int selectDone;
    Waiter param;
    boolean lastOk;
    /* Race detector state, null or unused while it is off; guarded by the run's RaceDetector. */
    VectorClock clock;
    DataRace.Place createdAt;
    boolean finished;

    Goroutine(Run run, long id, String name) {
        this.run = run;
        this.strand = new Strand(id, name);
        this.id = id;
        this.name = strand.name;
    }

    /** The goroutine id: 1 for main, then in creation order within the run. */
    public long id() {
        return id;
    }

    /** The goroutine's name, {@code ""} if it has none. */
    public String name() {
        return name;
    }

    /** {@code g3 chef-2}, or {@code g3} for a goroutine without a name: as traces and dumps name it. */
    @Override
    public String toString() {
        return strand.toString();
    }

    void bind(Thread t) {
        strand.attachThread(t);
    }

    /** The trace identity. */
    TraceEvent.Who who() {
        return strand.who();
    }

    /** Records what this goroutine is about to block on, for dumps and step descriptions. */
    void blockOn(TraceEvent.BlockReason reason, TraceEvent.Ref object, String detail) {
        strand.blockOn(reason, object, detail);
    }

    /** Clears the block record once the goroutine runs again. */
    void running() {
        strand.running();
    }

    /** The reusable waiter for plain channel and lock waits, created on first use. */
    Waiter waiter() {
        Waiter w = waiter;
        if (w == null) {
            waiter = w = new Waiter();
        }
        return w;
    }

    boolean claimSelect(Waiter w) {
        if (SELECT_DONE.compareAndSet(this, 0, 1)) {
            param = w;
            return true;
        }
        return false;
    }

    /** The calling goroutine; a thread outside any run gets one in the default runtime. */
    static Goroutine current() {
        Goroutine g = CURRENT.orElse(NONE);
        if (g != NONE) {
            return g;
        }
        g = ADOPTED.get();
        if (g == null) {
            g = Run.DEFAULT.adopt(Thread.currentThread());
            ADOPTED.set(g);
        }
        return g;
    }

    /** The calling goroutine, or null on a thread that is not (yet) one. */
    static Goroutine currentOrNull() {
        Goroutine g = CURRENT.orElse(NONE);
        return g != NONE ? g : ADOPTED.get();
    }
}
