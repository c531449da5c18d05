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
     * Implementation notes. `waiter` is reused for every plain channel or lock wait, and
     * `selectWaiters` for every select that blocks, so blocking allocates nothing. `selectDone` is
     * Go's g.selectDone: the waker that flips it from 0 to 1 wins the select and leaves the winning
     * waiter in `param`.
     */

    /*
     * Each thread that reads a scoped value gets the JDK's per-thread cache of scoped values, an
     * array of 2 * java.lang.ScopedValue.cacheSize slots: 144 bytes at the default 16, the biggest
     * single object a parked goroutine keeps after its stack. Unless the program sets the size itself,
     * the runtime asks for 2 (32 bytes) before the JDK reads the property (at the first lookup of any
     * scoped value in the JVM); a goroutine looks up one scoped value, CURRENT. The setting is
     * JVM-wide: a program that looks up many other scoped values on one thread finds them in the
     * cache less often, and still finds them.
     */
    static {
        if (System.getProperty("java.lang.ScopedValue.cacheSize") == null) {
            System.setProperty("java.lang.ScopedValue.cacheSize", "2");
        }
    }

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
    /** What the scheduler sees of this goroutine: its thread, parking state and block record. */
    final Strand strand;
    private Waiter waiter;
    /** The select's waiters, one per case, grown as needed; created on the first select that blocks. */
    private Waiter[] selectWaiters;
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
    }

    /** The goroutine id: 1 for main, then in creation order within the run. */
    public long id() {
        return strand.id;
    }

    /** The goroutine's name, {@code ""} if it has none. */
    public String name() {
        return strand.name;
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

    /**
     * Waiters for a select of {@code n} cases, reused from the last select that blocked: a blocking
     * select allocates nothing once its goroutine has blocked in one as large.
     */
    Waiter[] selectWaiters(int n) {
        Waiter[] ws = selectWaiters;
        if (ws == null || ws.length < n) {
            ws = new Waiter[n];
            for (int i = 0; i < n; i++) {
                ws[i] = new Waiter();
            }
            selectWaiters = ws;
        }
        return ws;
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
