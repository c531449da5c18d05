package dev.gocon.course.stress;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The seeds' headline: N goroutines (100,000 by default), measured. Round 1 spawns and joins them
 * (each may sleep); round 2 parks them all on one channel and weighs the heap. With {@code --platform}
 * the same runs on platform threads, capped to what the machine's limits allow.
 */
final class StressDemo implements Demo {

    static final int DEFAULT_TASKS = 100_000;
    static final int MAX_TASKS = 10_000_000;
    /** Tasks under the stepped scheduler, which runs one goroutine at a time. */
    static final int STEPPED_TASKS = 100;
    /**
     * A generous estimate of the heap one parked goroutine takes here: the virtual thread and its
     * stack, plus the runtime's bookkeeping (measured 1.2 to 1.8 KB; the rest is a margin).
     */
    static final long HEAP_PER_GOROUTINE = 3 * 1024;

    @Override
    public String name() {
        return "stress";
    }

    @Override
    public String summary() {
        return "N goroutines (100,000 by default): time per spawn and join, heap per parked goroutine.";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(
                new DemoOption("--tasks", "N", Integer.toString(DEFAULT_TASKS),
                        "how many goroutines to start, up to 10,000,000"),
                new DemoOption("--sleep", "D", "0",
                        "every task sleeps this long (250ms, 1s), so that all are alive at once"),
                new DemoOption("--platform", "", "false",
                        "also run the tasks on platform threads, capped to the machine's limits"));
    }

    @Override
    public void checkOptions(DemoContext ctx) {
        int tasks = parseTasks(ctx.option("--tasks", Integer.toString(DEFAULT_TASKS)));
        parseDuration(ctx.option("--sleep", "0"));
        checkHeap(tasks, Runtime.getRuntime().maxMemory(), machineMemory());
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        int tasks = parseTasks(ctx.option("--tasks", Integer.toString(DEFAULT_TASKS)));
        Duration sleep = parseDuration(ctx.option("--sleep", "0"));
        boolean platform = Boolean.parseBoolean(ctx.option("--platform", "false"));
        checkHeap(tasks, Runtime.getRuntime().maxMemory(), machineMemory());
        PrintStream out = ctx.out();

        if (ctx.stepped()) {
            int n = Math.min(tasks, STEPPED_TASKS);
            out.printf("stepped scheduler: %,d tasks, not %,d (one at a time, virtual time)%n",
                    n, tasks);
            if (platform) {
                out.println("--platform runs only under the native scheduler: goroutines only");
            }
            Result r = goroutines(n, sleep, false);
            out.println("spawn and join:     (timings are shown only under the native scheduler)");
            out.println("heap per goroutine: (measured only under the native scheduler)");
            out.println("carriers used:      (the stepped scheduler has no carriers of its own)");
            out.printf("peak live:          %,d while spawning and joining, %,d when all parked%n",
                    r.peakRound1, r.parked);
            return;
        }

        out.printf("starting %,d goroutines%s%n", tasks,
                sleep.isZero() ? "" : ", each sleeping " + format(sleep));
        Result g = goroutines(tasks, sleep, true);
        out.printf("spawn and join:     %s per goroutine (%,d ms for all)%n",
                micros(g.nanosRound1, tasks), g.nanosRound1 / 1_000_000);
        out.printf("heap per goroutine: %.2f KB (all %,d parked at once; the heap grew %,d MB)%n",
                g.heapDelta / 1024.0 / tasks, g.parked, g.heapDelta >> 20);
        out.printf("carriers used:      %d (--procs %d)%n", g.carriers.size(), ctx.procs());
        out.printf("peak live:          %,d while spawning and joining, %,d when all parked%n",
                g.peakRound1, g.parked);
        if (platform) {
            platformThreads(out, tasks, sleep, g);
        }
    }

    // ---- goroutines -------------------------------------------------------------------------

    /** What the two rounds measured. */
    private record Result(long nanosRound1, int peakRound1, long heapDelta, int parked, Set<String> carriers) {
    }

    private static Result goroutines(int n, Duration sleep, boolean measure) {
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        AtomicInteger live = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();

        // Round 1: spawn and join. Each task notes its carrier and the number alive.
        WaitGroup joined = new WaitGroup("joined");
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            joined.go("task-" + i, () -> {
                peak.accumulateAndGet(live.incrementAndGet(), Math::max);
                if (!sleep.isZero()) {
                    Go.sleep(sleep);
                }
                if (measure) {
                    carriers.add(carrierOf(Thread.currentThread()));
                }
                live.decrementAndGet();
            });
        }
        joined.await();
        long nanos = System.nanoTime() - start;

        // Round 2: all parked at once on the gate channel, then weighed.
        long before = measure ? usedHeapAfterGc() : 0;
        Channel<Void> gate = Channel.make("gate");
        WaitGroup parked = new WaitGroup("parked");
        WaitGroup finished = new WaitGroup("finished");
        parked.add(n);
        for (int i = 0; i < n; i++) {
            finished.go("parked-" + i, () -> {
                parked.done();
                gate.receive(); // park until the gate is closed
            });
        }
        parked.await();
        // Each task signals "parked" just before its receive: a moment lets the last ones reach it.
        Go.sleep(Duration.ofMillis(20));
        int alive = Go.numGoroutine() - 1;
        long after = measure ? usedHeapAfterGc() : 0;
        gate.close(); // wake them all
        finished.await();
        return new Result(nanos, peak.get(), Math.max(0, after - before), alive, carriers);
    }

    /** {@code VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1} -> {@code ForkJoinPool-1-worker-1}. */
    static String carrierOf(Thread t) {
        String s = t.toString();
        int at = s.lastIndexOf('@');
        return at < 0 ? s : s.substring(at + 1);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---- platform threads -------------------------------------------------------------------

    private static void platformThreads(PrintStream out, int tasks, Duration sleep, Result g)
            throws InterruptedException {
        ThreadLimits limits = ThreadLimits.read();
        ThreadLimits.Cap cap = limits.cap(tasks);
        out.println();
        out.println("platform threads. This machine's limits:");
        for (String limit : limits.describe()) {
            out.println("  " + limit);
        }
        out.printf("at most %,d alive at once:%n  %s%n", cap.alive(), cap.reason());
        if (!sleep.isZero()) {
            long rounds = (tasks + cap.alive() - 1) / cap.alive();
            out.printf("with --sleep %s that is %,d round%s of sleeps: about %s%n", format(sleep), rounds,
                    rounds == 1 ? "" : "s",
                    format(sleep.multipliedBy(rounds)));
        }

        // Parked first, while the process is fresh: up to cap.alive() threads parked at once, weighed in
        // the heap and in resident memory (after many threads have come and gone, resident memory says
        // less). A limit the demo could not read makes the system refuse a thread: it stops there.
        long heapBefore = usedHeapAfterGc();
        long rssBefore = ThreadLimits.residentBytes();
        Semaphore started = new Semaphore(0);
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> threads = startUntilRefused(cap.alive(), i -> Thread.ofPlatform().name("parked-" + i)
                .start(() -> {
                    started.release();
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        int m = threads.size();
        if (m < cap.alive()) {
            out.printf("the system refused thread %,d (a limit the demo could not read):%n"
                    + "  it goes on with the %,d it could start%n", m + 1, m);
        }
        started.acquire(m);
        long heapAfter = usedHeapAfterGc();
        long rssAfter = ThreadLimits.residentBytes();
        gate.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (m == 0) {
            return;
        }

        // Then spawn and join, never more than m alive: as many as the system just allowed.
        Semaphore slots = new Semaphore(m);
        AtomicInteger live = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        int allowed = m;
        long start = System.nanoTime();
        for (int i = 0; i < tasks && allowed > 0; i++) {
            slots.acquire();
            try {
                Thread.ofPlatform().name("thread-" + i).start(() -> {
                    peak.accumulateAndGet(live.incrementAndGet(), Math::max);
                    try {
                        if (!sleep.isZero()) {
                            Thread.sleep(sleep);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        live.decrementAndGet();
                        slots.release();
                    }
                });
            } catch (OutOfMemoryError refused) { // "unable to create native thread"
                allowed--; // keep that slot taken: one fewer alive from now on, and try again
                i--;
            }
        }
        slots.acquire(allowed); // every thread has ended
        long nanos = System.nanoTime() - start;
        if (allowed < m) {
            out.printf("the system refused %,d threads while spawning: at most %,d alive at the end%n",
                    m - allowed, allowed);
        }
        out.println();
        out.printf("%-20s %-16s %s%n", "", "goroutines", "platform threads");
        out.printf("%-20s %-16s %s%n", "spawn and join", micros(g.nanosRound1, tasks), micros(nanos, tasks));
        out.printf("%-20s %-16s %s%n", "heap per parked",
                String.format("%.2f KB", g.heapDelta / 1024.0 / tasks),
                String.format("%.2f KB", Math.max(0, heapAfter - heapBefore) / 1024.0 / m));
        out.printf("%-20s %-16s %s%n", "resident per parked", "(in the heap)",
                rssBefore < 0 ? "(unknown)" : rssAfter <= rssBefore ? "(too small to see)"
                        : String.format("%.1f KB", (rssAfter - rssBefore) / 1024.0 / m));
        out.printf("%-20s %-16s %s%n", "peak live", String.format("%,d", g.parked),
                String.format("%,d (at most %,d allowed)", Math.max(peak.get(), m), m));
    }

    /**
     * Starts up to {@code n} threads with {@code start}, stopping at the first one the system refuses
     * ({@link OutOfMemoryError}: "unable to create native thread"), and returns those started. The
     * demo reads the limits it can, but some (a parent cgroup's, a security module's) only show when
     * a thread is refused: then the demo goes on with what it has instead of dying.
     */
    static List<Thread> startUntilRefused(int n, IntFunction<Thread> start) {
        List<Thread> threads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            try {
                threads.add(start.apply(i));
            } catch (OutOfMemoryError refused) {
                break;
            }
        }
        return threads;
    }

    // ---- options ----------------------------------------------------------------------------

    static int parseTasks(String value) {
        long n;
        try {
            n = Long.parseLong(value.replace("_", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--tasks must be a whole number: " + value);
        }
        if (n < 1 || n > MAX_TASKS) {
            throw new IllegalArgumentException(String.format(
                    "--tasks must be between 1 and %,d: %s", MAX_TASKS, value));
        }
        return (int) n;
    }

    /**
     * Refuses a number of tasks whose parked goroutines would not fit this JVM's heap. It suggests a
     * bigger heap only when the machine's memory could hold it; otherwise it gives the most tasks
     * that fit.
     *
     * @param maxHeap       this JVM's largest heap, in bytes
     * @param machineMemory the machine's (or the container's) memory, in bytes; 0 if unknown
     */
    static void checkHeap(int tasks, long maxHeap, long machineMemory) {
        long need = tasks * HEAP_PER_GOROUTINE;
        if (need <= maxHeap * 3 / 4) {
            return;
        }
        long gigabytes = (need * 4 / 3 + (1L << 30) - 1) >> 30;
        String message = String.format("--tasks %,d needs about %,d MB of heap (%d KB per parked goroutine),"
                + " but this JVM's heap is %,d MB: use at most --tasks %,d", tasks, need >> 20,
                HEAP_PER_GOROUTINE / 1024, maxHeap >> 20, maxHeap * 3 / 4 / HEAP_PER_GOROUTINE);
        if (machineMemory > 0 && (gigabytes << 30) > machineMemory * 3 / 4) {
            throw new IllegalArgumentException(message + String.format(
                    " (this machine has %,d MB of memory in all, too little for a big enough heap)",
                    machineMemory >> 20));
        }
        throw new IllegalArgumentException(message + String.format(
                ", or a bigger heap (JDK_JAVA_OPTIONS=-Xmx%dg)", gigabytes));
    }

    /** The machine's memory (a container's limit, where there is one), in bytes; 0 if unknown. */
    static long machineMemory() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : 0;
    }

    /** Parses {@code 0}, {@code 250ms}, {@code 1s}, {@code 1.5s}, {@code 2m}; a bare number is milliseconds. */
    static Duration parseDuration(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("-")) {
            throw new IllegalArgumentException("--sleep must not be negative: " + value);
        }
        try {
            if (v.endsWith("ms")) {
                return Duration.ofNanos(Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * 1e6));
            } else if (v.endsWith("s")) {
                return Duration.ofNanos(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1e9));
            } else if (v.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60));
            }
            return Duration.ofMillis(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sleep must be a duration such as 250ms or 1s: " + value);
        }
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format("%.1f s", ms / 1000.0);
    }

    private static String micros(long nanos, int n) {
        return String.format("%.2f µs", nanos / 1000.0 / n);
    }
}
