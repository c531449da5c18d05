package dev.gocon.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs goroutines as virtual threads on gocon's carrier threads ({@link CarrierPool}; the JDK's own
 * scheduler, a ForkJoinPool, when {@code java.lang} is not opened to gocon), in real time.
 *
 * <p>Deadlock detection is exact and costs one atomic counter, touched only when a goroutine really
 * parks: {@code active} counts the goroutines that are not parked in a runtime operation plus the
 * pending timers. A goroutine about to block first waits briefly for its partner (see below); if it
 * must park, it marks itself parked and then decrements {@code active}. A waker that finds it marked
 * parked increments {@code active} for it, while still counted itself, before it lets it run; a waker
 * that comes before the mark only leaves the permit, and the count never moves. A timer adds one when
 * scheduled and removes it after it fired. A goroutine that starts others counts them ahead, 64 at
 * a time, and gives back the counts it did not use when it blocks or exits (a running goroutine's
 * reserve only keeps the count above zero while it runs). So the count can only reach zero when
 * nothing can ever make progress again, and the strand that takes it to zero reports the deadlock
 * at once.
 *
 * <p>On the JDK's scheduler, before parking, a goroutine yields its carrier a few times ({@code Thread.yield}): in a
 * hand-over the partner it just woke usually runs on that same carrier meanwhile and answers, and the
 * goroutine goes on without parking: its waker then needs no {@code LockSupport.unpark}, and neither
 * touches the deadlock counter. The yields back off per goroutine while they go unanswered (each
 * yield of a virtual thread also keeps a stack chunk, which a million parked goroutines pay in memory). {@code -Dgocon.yields=N}
 * sets the bound (default 3).
 *
 * <p>A plain channel send or receive ({@link #parkForHandOver}) can spin first, {@code -Dgocon.spins=N}
 * rounds of {@code Thread.onSpinWait} (default {@value #SPINS}, off: on this project's 2-core
 * machine it gave ping-pong nothing under load, and on a quiet machine it made ping-pong 13-30% faster
 * but a select over two channels 6-21% slower): with a carrier free, the partner answers from it within the
 * spin, and no carrier switch or wake-up is paid. At most one goroutine fewer than the carriers
 * spins at a time (none with one carrier, where the partner cannot run meanwhile): two senders
 * spinning on two carriers for one select would leave it none to answer from. The spins back off per goroutine like the yields, so that on a busy machine, where the
 * partner has no free carrier and a spin only takes the CPU it needs, they stop being paid. A select,
 * a lock and a wait group do not spin (a spin there was not measured to help). The spinning
 * goroutine is still counted as running, so a deadlock is reported when it parks, once its spins
 * are over. docs/performance.md has the measurements.
 *
 * <p>A goroutine outside any run that parks on a platform thread makes the JVM print one warning
 * per process: there every hand-over parks an OS thread, about 100 times slower than in {@code Go.run}.
 * A program that does so on purpose turns it off with {@code -Dgocon.platformThreadWarning=false}.
 *
 * <p>A run with a pace above 1 plays slowed down for people to watch: its sleeps and timers last
 * {@code pace} times longer (the runtime scales them), and its clock ({@link #nanoTime}, {@link #now})
 * runs {@code pace} times slower, so that the program and its trace see the durations the program
 * asked for.
 *
 * <p>The number of carrier threads ({@code GOMAXPROCS}) is a JVM-wide setting; see
 * {@link #configureParallelism}.
 */
public final class NativeScheduler implements Scheduler {

    /*
     * Implementation notes. A strand's parkState (RUNNING, PARKED, WOKEN) is its permit: an unpark
     * that comes before the park is never lost. Sleeps are plain Thread.sleep: a sleeping goroutine
     * stays counted as active (it is as good as a pending timer). Timers run on one shared daemon
     * platform thread and must not block.
     */

    /** The default of -Dgocon.spins: see docs/performance.md for the measurements behind it. */
    static final int SPINS = 0;

    static final int RUNNING = 0;
    static final int PARKED = 1;
    static final int WOKEN = 2;
    private static final VarHandle PARK_STATE;
    private static final VarHandle THREAD;

    static {
        try {
            MethodHandles.Lookup strand = MethodHandles.privateLookupIn(Strand.class, MethodHandles.lookup());
            PARK_STATE = strand.findVarHandle(Strand.class, "parkState", int.class);
            THREAD = strand.findVarHandle(Strand.class, "thread", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How many counts of {@code active} a spawning strand takes at a time (see countActive). */
    private static final int RESERVE = 64;
    private static final ThreadFactory VIRTUAL = CarrierPool.factory();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile ScheduledThreadPoolExecutor timerPool;

    /**
     * How many strands spin now, JVM-wide (the carriers are the JVM's): at most one fewer than the
     * carriers, so that a spinner never takes the last carrier its partner could answer from (two
     * senders spinning for one select on two carriers would leave the select none).
     */
    static final AtomicInteger SPINNING = new AtomicInteger();

    /** How often a hand-over spins before it yields (-Dgocon.spins). */
    private final int spins = Integer.getInteger("gocon.spins", SPINS);
    /** How many strands may spin at once: none with one carrier, where the partner cannot run meanwhile. */
    private final int maxSpinning = parallelism() - 1;
    /**
     * How often park yields the carrier before it parks (-Dgocon.yields): 3 on the JDK's scheduler,
     * none on gocon's carriers, where the partner a goroutine just woke runs next on its carrier
     * anyway, and a yield would only put the goroutine in the carrier's queue for another to steal.
     */
    private final int yields = Integer.getInteger("gocon.yields", CarrierPool.available() ? 0 : 3);
    private final SchedulerHost host;
    private final AtomicLong active;
    private final long start = System.nanoTime();
    private final Instant startInstant = Instant.now();
    private final double pace;
    private final boolean detectDeadlock;
    private final Registry live = new Registry();
    private final java.util.concurrent.atomic.LongAdder count = new java.util.concurrent.atomic.LongAdder();
    private volatile boolean stopping;

    /**
     * A scheduler for one run.
     *
     * @param host           told about a deadlock
     * @param detectDeadlock false for the process-wide default runtime, where threads outside any run
     *                       take part and a deadlock cannot be proven
     * @param pace           how many times slower than real time the run's clock goes (1 or more)
     */
    public NativeScheduler(SchedulerHost host, boolean detectDeadlock, double pace) {
        if (!(pace >= 1)) {
            throw new IllegalArgumentException("pace must be >= 1: " + pace);
        }
        this.pace = pace;
        this.host = host;
        this.detectDeadlock = detectDeadlock;
        this.active = new AtomicLong(detectDeadlock ? 0 : 1);
        Hold.watch(this);
    }

    /**
     * Sets the number of carrier threads (Go's {@code GOMAXPROCS}, gocon's {@code --procs}) of
     * gocon's {@link CarrierPool} and of the JDK's virtual-thread scheduler, by setting the system
     * property {@code jdk.virtualThreadScheduler.parallelism} (and {@code maxPoolSize} if it is
     * smaller).
     *
     * <p>Both read that property once, when their first virtual thread starts, so this works only
     * before any virtual thread has started in this JVM.
     *
     * @return true if the setting was made in time; false if a virtual thread had already started
     *         (as far as gocon can tell: its own goroutines, or a virtual thread whose start made
     *         the JDK's scheduler exist), in which case nothing changes
     * @throws IllegalArgumentException if {@code procs < 1}
     */
    public static boolean configureParallelism(int procs) {
        if (procs < 1) {
            throw new IllegalArgumentException("procs must be at least 1: " + procs);
        }
        if (STARTED.get() || CarrierPool.current() != null || schedulerExists()) {
            return false;
        }
        System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(procs));
        String max = System.getProperty("jdk.virtualThreadScheduler.maxPoolSize");
        if (max == null || Integer.parseInt(max.trim()) < procs) {
            System.setProperty("jdk.virtualThreadScheduler.maxPoolSize", Integer.toString(Math.max(256, procs)));
        }
        return true;
    }

    /** The carrier threads of the JDK's scheduler are named ForkJoinPool-N-worker-M; look for one. */
    private static boolean schedulerExists() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("ForkJoinPool-") && t.getName().contains("-worker-")) {
                return true;
            }
        }
        return false;
    }

    /** The number of carriers gocon's pool and the JDK's virtual-thread scheduler use or will use. */
    public static int parallelism() {
        String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        return p == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(p.trim());
    }

    @Override
    public boolean stepped() {
        return false;
    }

    @Override
    public void start(Strand parent, Strand s, Runnable body) {
        Hold.gate();
        if (!STARTED.get()) {
            STARTED.set(true);
        }
        countActive(parent);
        count.increment();
        Thread t = VIRTUAL.newThread(body);
        THREAD.setRelease(s, t);   // no fence: the start below and the registry publish it
        t.start();
    }

    @Override
    public void begin(Strand s) {
    }

    @Override
    public void exited(Strand s) {
        if (s.registered) {
            live.remove(s);
        }
        count.decrement();
        returnReserve(s);
        release();
    }

    /**
     * Counts a new strand as active, from its parent's reserve when it has one: the parent takes
     * {@link #RESERVE} counts at a time, so a goroutine that starts many touches the shared counter
     * once per {@code RESERVE} starts instead of at each, while the strands that exit meanwhile
     * decrement it on other carriers.
     */
    private void countActive(Strand parent) {
        if (parent == null) {
            active.incrementAndGet();
            return;
        }
        if (parent.reserve == 0) {
            active.addAndGet(RESERVE);
            parent.reserve = RESERVE;
        }
        parent.reserve--;
    }

    /**
     * Gives back the counts a strand took for goroutines it has not started yet, before it blocks or
     * exits. It still holds its own count, so the counter cannot reach zero here.
     */
    private void returnReserve(Strand s) {
        if (s.reserve > 0) {
            active.addAndGet(-s.reserve);
            s.reserve = 0;
        }
    }

    /**
     * Puts a strand that is about to block into the registry (once), gives back its reserve of counts,
     * waits while a thread dump holds the runtime ({@link Hold}), then checks for the stop.
     */
    private void register(Strand s) {
        if (!s.registered) {
            s.registered = true;
            live.add(s);
        }
        returnReserve(s);
        Hold.gate();
        if (stopping) {
            throw new RunStopped();
        }
    }

    @Override
    public void preempt(Strand s, Supplier<String> nextOp) {
        register(s);
    }

    @Override
    public void park(Strand s) {
        park(s, false);
    }

    @Override
    public void parkForHandOver(Strand s) {
        park(s, spins > 0 && maxSpinning > 0);
    }

    private void park(Strand s, boolean spin) {
        register(s);
        if (s.parkState != WOKEN && !(spin && spinWake(s)) && !yieldWake(s)) {
            if (!Thread.currentThread().isVirtual()
                    && !"false".equals(System.getProperty("gocon.platformThreadWarning"))) {
                OnceWarning.PLATFORM_THREAD.warn();
            }
            if (PARK_STATE.compareAndSet(s, RUNNING, PARKED)) {
                release();
                while (s.parkState != WOKEN) {
                    if (stopping) {
                        throw new RunStopped();
                    }
                    LockSupport.park(this);
                }
            }
        }
        s.parkState = RUNNING;
        if (stopping) {
            // woken by a goroutine that was itself being stopped: the run is over, do not go on
            throw new RunStopped();
        }
    }

    /**
     * Spins a bounded number of times; true once woken meanwhile. Backs off per strand: after spins
     * that were not answered, the next 2, 4, ... 64 hand-overs skip them (a goroutine waiting for
     * something slow, or forever, or whose partner has no free carrier to run on, stops paying for
     * them), and one answered spin brings them back for every hand-over.
     */
    private boolean spinWake(Strand s) {
        if (s.spinSkip > 0) {
            s.spinSkip--;
            return false;
        }
        if (SPINNING.incrementAndGet() > maxSpinning) {
            SPINNING.decrementAndGet();
            return false;
        }
        try {
            for (int i = 0; i < spins && !stopping; i++) {   // a stop ends the spin at once
                Thread.onSpinWait();
                if (s.parkState == WOKEN) {
                    s.spinBackoff = 1;
                    return true;
                }
            }
        } finally {
            SPINNING.decrementAndGet();
        }
        s.spinSkip = s.spinBackoff;
        s.spinBackoff = (byte) Math.min(64, s.spinBackoff * 2);
        return false;
    }

    /**
     * Yields the carrier a bounded number of times; true once woken meanwhile. Backs off per strand
     * like the spins: after yields that were not answered, the next 2, 4, ... 64 parks skip them, and
     * one answered yield brings them back for every park.
     */
    private boolean yieldWake(Strand s) {
        if (s.yieldSkip > 0) {
            s.yieldSkip--;
            return false;
        }
        for (int i = 0; i < yields; i++) {
            Thread.yield();
            if (s.parkState == WOKEN) {
                s.yieldBackoff = 1;
                return true;
            }
        }
        s.yieldSkip = s.yieldBackoff;
        s.yieldBackoff = (byte) Math.min(64, s.yieldBackoff * 2);
        return false;
    }

    @Override
    public void unpark(Strand s) {
        while (true) {
            int state = s.parkState;
            if (state == RUNNING && PARK_STATE.compareAndSet(s, RUNNING, WOKEN)) {
                return;   // not parked yet: it sees the permit and goes on, still counted
            }
            if (state == PARKED) {
                // only one waker per park, and the parker leaves PARKED only once woken: no race here
                active.incrementAndGet();
                s.parkState = WOKEN;
                LockSupport.unpark(s.thread);
                return;
            }
            if (state == WOKEN) {
                return;
            }
        }
    }

    private void release() {
        if (active.decrementAndGet() == 0 && detectDeadlock && !stopping) {
            host.deadlock();
        }
    }

    @Override
    public void sleep(Strand s, long nanos) {
        register(s);
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            if (stopping) {
                throw new RunStopped();
            }
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Timer schedule(long nanos, Runnable action) {
        active.incrementAndGet();
        AtomicBoolean claimed = new AtomicBoolean();
        ScheduledFuture<?> f = timers().schedule(() -> {
            if (claimed.compareAndSet(false, true)) {
                try {
                    if (!stopping) {
                        action.run();
                    }
                } finally {
                    release();
                }
            }
        }, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        return () -> {
            if (claimed.compareAndSet(false, true)) {
                f.cancel(false);
                release();
                return true;
            }
            return false;
        };
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor p = timerPool;
        if (p == null) {
            synchronized (NativeScheduler.class) {
                p = timerPool;
                if (p == null) {
                    p = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, "gocon-timer");
                        t.setDaemon(true);
                        return t;
                    });
                    p.setRemoveOnCancelPolicy(true);
                    timerPool = p;
                }
            }
        }
        return p;
    }

    @Override
    public long nanoTime() {
        long real = System.nanoTime() - start;
        return pace == 1 ? real : (long) (real / pace);
    }

    @Override
    public Instant now() {
        return pace == 1 ? Instant.now() : startInstant.plusNanos(nanoTime());
    }

    @Override
    public int pickCase(Strand s, int ready, IntFunction<String> describe) {
        return ready == 1 ? 0 : ThreadLocalRandom.current().nextInt(ready);
    }

    @Override
    public String carrier() {
        return Carriers.current();
    }

    @Override
    public void stop() {
        stopping = true;
        for (Strand s : live()) {
            Thread t = s.thread;
            if (t != null && t != Thread.currentThread()) {
                t.interrupt();
                LockSupport.unpark(t);
            }
        }
    }

    @Override
    public boolean stopping() {
        return stopping;
    }

    @Override
    public java.util.Collection<Strand> live() {
        return live.snapshot();
    }

    @Override
    public int liveCount() {
        return (int) count.sum();
    }

    @Override
    public boolean awaitExit(long nanos) {
        long deadline = System.nanoTime() + nanos;
        long pause = 20_000;
        while (count.sum() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 2_000_000);
        }
        for (Strand s : live.snapshot()) {
            Thread t = s.thread;
            if (t != null && t != Thread.currentThread()) {
                try {
                    t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /*
     * The live strands. Two cheaper-looking registries were measured and dropped: an intrusive linked
     * list under a spin lock, and arrays of slots under striped locks. Both put one lock between the
     * spawning goroutine and every exiting one; contended, the waiters unmounted (allocating stack
     * chunks) and young GCs at 1M goroutines took seconds. A ConcurrentHashMap, like the JDK's own
     * registry of virtual threads, contends only per bin.
     */
    private static final class Registry {
        private final java.util.Set<Strand> set = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void add(Strand s) {
            set.add(s);
        }

        void remove(Strand s) {
            set.remove(s);
        }

        java.util.List<Strand> snapshot() {
            return new java.util.ArrayList<>(set);
        }
    }
}
