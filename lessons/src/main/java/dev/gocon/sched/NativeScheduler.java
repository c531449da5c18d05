package dev.gocon.sched;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs goroutines as virtual threads on the JDK's own scheduler (a ForkJoinPool), in real time.
 *
 * <p>Deadlock detection is exact and costs one atomic counter: {@code active} counts the goroutines
 * that are not blocked in a runtime operation plus the pending timers. A goroutine decrements it just
 * before it parks in {@link #park}; whoever wakes it increments it first, while still counted
 * itself; a timer adds one when scheduled and removes it after it fired. So the count can only reach
 * zero when nothing can ever make progress again, and the strand that takes it to zero reports the
 * deadlock at once.
 *
 * <p>A run with a pace above 1 plays slowed down for people to watch: its sleeps and timers last
 * {@code pace} times longer (the runtime scales them), and its clock ({@link #nanoTime}, {@link #now})
 * runs {@code pace} times slower, so that the program and its trace see the durations the program
 * asked for.
 *
 * <p>The number of carrier threads ({@code GOMAXPROCS}) is a JVM-wide setting of the JDK; see
 * {@link #configureParallelism}.
 */
public final class NativeScheduler implements Scheduler {

    /*
     * Implementation notes. Parking uses a per-strand volatile flag plus LockSupport, so an unpark that
     * comes before the park is never lost. Sleeps are plain Thread.sleep: a sleeping goroutine stays
     * counted as active (it is as good as a pending timer). Timers run on one shared daemon platform
     * thread and must not block.
     */

    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().factory();
    private static final int SPINS = Integer.getInteger("gocon.spins", 0);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile ScheduledThreadPoolExecutor timerPool;

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
     * Sets the number of carrier threads of the JDK's virtual-thread scheduler (Go's
     * {@code GOMAXPROCS}, gocon's {@code --procs}), by setting the system property
     * {@code jdk.virtualThreadScheduler.parallelism} (and {@code maxPoolSize} if it is smaller).
     *
     * <p>The JDK reads that property once, when the first virtual thread starts, so this works only
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
        if (STARTED.get() || schedulerExists()) {
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

    /** The parallelism the JDK's virtual-thread scheduler uses or will use. */
    public static int parallelism() {
        String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        return p == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(p.trim());
    }

    @Override
    public boolean stepped() {
        return false;
    }

    @Override
    public void start(Strand s, Runnable body) {
        Hold.gate();
        if (!STARTED.get()) {
            STARTED.set(true);
        }
        active.incrementAndGet();
        count.increment();
        Thread t = VIRTUAL.newThread(body);
        s.thread = t;
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
        release();
    }

    /**
     * Puts a strand that is about to block into the registry (once), waits while a thread dump holds
     * the runtime ({@link Hold}), then checks for the stop.
     */
    private void register(Strand s) {
        if (!s.registered) {
            s.registered = true;
            live.add(s);
        }
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
        register(s);
        if (!s.woken) {
            // optional spinning (-Dgocon.spins=N) before parking; off by default: on a shared 2-core
            // machine spinning starves the partner's carrier and made ping-pong 2-15x slower
            for (int i = 0; i < SPINS && !s.woken; i++) {
                Thread.onSpinWait();
            }
        }
        if (!s.woken) {
            release();
            while (!s.woken) {
                if (stopping) {
                    throw new RunStopped();
                }
                LockSupport.park(this);
            }
        } else {
            // woken before we gave up our count: the waker's increment is surplus, take it back
            release();
        }
        s.woken = false;
        if (stopping) {
            // woken by a goroutine that was itself being stopped: the run is over, do not go on
            throw new RunStopped();
        }
    }

    @Override
    public void unpark(Strand s) {
        active.incrementAndGet();
        s.woken = true;
        Thread t = s.thread;
        if (t != null) {
            LockSupport.unpark(t);
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
