package dev.gocon.sched;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A process-wide gate that stops every goroutine at its next runtime call, so that a thread dump can
 * be taken while no goroutine is mounting or unmounting its carrier thread.
 *
 * <p>It exists because JDK 25's thread dump ({@code HotSpotDiagnosticMXBean.dumpThreads}, which the
 * check's hang diagnosis reads) can crash the JVM (SIGSEGV in {@code GetThreadSnapshotClosure}) when it
 * takes the snapshot of a virtual thread that is mounting (JDK-8364343). Goroutines that yield without
 * pause ({@code Go.gosched()} in a loop, a livelock) mount thousands of times a second, so a dump of
 * them crashed often. Held, they wait parked at the gate and stay still for the dump.
 *
 * <p>Usage, by the one caller that dumps threads:
 * <pre> {@code
 * Hold.hold(MAX_WAIT_NANOS);   // every goroutine stops at its next park, sleep, gosched or spawn
 * try {
 *     dumpThreads();
 * } finally {
 *     Hold.release();          // they go on
 * }}</pre>
 *
 * <p>While held, a goroutine running plain Java (an endless {@code while (true) {}}) keeps running: it
 * stays mounted and does not churn, so it is safe to dump. A held goroutine is neither blocked nor
 * finished, so holding never makes a run look deadlocked. Only one caller should hold at a time.
 */
public final class Hold {

    /*
     * Implementation notes. The schedulers call gate() where they already read their `stopping` flag:
     * NativeScheduler in its register step (every park, sleep and gosched) and at every spawn,
     * SteppedScheduler in preempt and park. While open, gate() costs one volatile read. A goroutine at
     * the closed gate puts its thread in `held` before it reads `closed` again, and release() clears
     * `closed` before it unparks the threads in `held`, so a release never misses a goroutine.
     *
     * Quiet means no goroutine can be between a wake and its next runtime call: every thread of every
     * watched scheduler's strands is parked (WAITING, TIMED_WAITING, BLOCKED: at the gate or in a wait
     * of its own; a virtual thread is WAITING only once its park has unmounted it) or ended.
     * When some thread stays RUNNABLE without arriving (a goroutine spinning in plain Java, or one
     * waiting for a carrier that spinners occupy, which cannot mount until a carrier frees), quiet is
     * the moment the count of held and runnable threads has not changed for STEADY_POLLS polls.
     */

    private static final long POLL_NANOS = 1_000_000;
    private static final int STEADY_POLLS = 5;

    private static volatile boolean closed;
    private static final Set<Thread> held = ConcurrentHashMap.newKeySet();
    private static final Set<Scheduler> watched = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<Scheduler, Boolean>()));

    private Hold() {
    }

    /**
     * Closes the gate, then waits until the goroutines are quiet: each one held at the gate, parked in
     * a wait of its own or running without calling the runtime; at most {@code maxNanos}.
     *
     * @return true if they were quiet in time; false if some were still arriving
     */
    public static boolean hold(long maxNanos) {
        closed = true;
        long deadline = System.nanoTime() + maxNanos;
        int lastRunnable = -1;
        int lastHeld = -1;
        int steady = 0;
        while (true) {
            int runnable = runnable();
            if (runnable == 0) {
                return true;
            }
            int arrived = held.size();
            steady = runnable == lastRunnable && arrived == lastHeld ? steady + 1 : 0;
            lastRunnable = runnable;
            lastHeld = arrived;
            if (steady >= STEADY_POLLS) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Opens the gate: every held goroutine goes on. */
    public static void release() {
        closed = false;
        for (Thread t : held) {
            LockSupport.unpark(t);
        }
    }

    /** How many goroutines wait at the gate now. */
    public static int heldCount() {
        return held.size();
    }

    /** Makes {@code scheduler}'s strands count when {@link #hold} waits for quiet; kept weakly. */
    static void watch(Scheduler scheduler) {
        watched.add(scheduler);
    }

    /** Called by a goroutine at a runtime call: waits there while the gate is closed. */
    static void gate() {
        if (closed) {
            waitForRelease();
        }
    }

    private static void waitForRelease() {
        Thread self = Thread.currentThread();
        held.add(self);
        boolean interrupted = false;
        try {
            while (closed) {
                LockSupport.park(Hold.class);
                // kept for after the hold: a stopping run interrupts its goroutines, and an interrupted
                // thread's park returns at once
                interrupted |= Thread.interrupted();
            }
        } finally {
            held.remove(self);
            if (interrupted) {
                self.interrupt();
            }
        }
    }

    /*
     * The threads of watched strands that are RUNNABLE: running, or mounting or unmounting. A thread
     * at the gate counts until its park has unmounted it (WAITING).
     */
    private static int runnable() {
        List<Scheduler> schedulers;
        synchronized (watched) {
            schedulers = List.copyOf(watched);
        }
        int n = 0;
        for (Scheduler s : schedulers) {
            for (Strand strand : s.live()) {
                Thread t = strand.thread;
                if (t != null && t.getState() == Thread.State.RUNNABLE) {
                    n++;
                }
            }
        }
        return n;
    }
}
