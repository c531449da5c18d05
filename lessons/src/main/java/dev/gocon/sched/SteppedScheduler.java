package dev.gocon.sched;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs exactly one goroutine at a time, switching only at runtime operations, with a virtual clock.
 *
 * <p>Every goroutine still has its own virtual thread, but only the one holding the <em>token</em>
 * runs. At each scheduling point (before every spawn, channel operation, select, lock, sleep and
 * {@code gosched}, and when a goroutine blocks or exits) the token holder picks the next goroutine
 * among the runnable ones, ordered by id, and passes the token to it. The pick comes from, in order:
 * a replayed prefix of earlier choices, the run's {@link StepChooser}, or a SplitMix64 generator seeded
 * with the run's seed. Given the same program and seed, the schedule, the program's output and the
 * plain trace are the same every time, on any machine.
 *
 * <p>Time is virtual: {@code sleep}, {@code after}, tickers and context deadlines wait on a queue of
 * timers. When no goroutine is runnable the clock jumps to the earliest timer. If there is none
 * either, the run is deadlocked: this detection is exact. With a pace above zero, each jump of the
 * clock is also waited out in real time, multiplied by the pace.
 *
 * <p>Only runtime operations switch goroutines. A goroutine that blocks in something else (a JDK
 * lock, {@code Thread.sleep}, I/O) keeps the turn and every other goroutine waits for it, so
 * programs run under this scheduler should wait only through {@code dev.gocon.go}.
 */
public final class SteppedScheduler implements Scheduler {

    /*
     * Implementation notes. All fields below except `live` and `stopping` are touched only by the
     * thread holding the token, and the token is passed through a volatile write followed by
     * LockSupport.unpark, so each holder sees its predecessor's writes. The run queue is a list kept
     * sorted by goroutine id, so the meaning of "choice i" never depends on timing.
     */

    /** Go's playground epoch: the virtual wall clock starts here. */
    public static final Instant EPOCH = Instant.parse("2009-11-10T23:00:00Z");

    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().factory();

    private final SchedulerHost host;
    private final double pace;
    private final StepChooser chooser;
    private final long stepLimit;
    private final List<Integer> replay;
    private long rng;

    private final ArrayList<Strand> runq = new ArrayList<>();
    private final PriorityQueue<VTimer> timers = new PriorityQueue<>();
    private final Set<Strand> live = ConcurrentHashMap.newKeySet();
    private final List<Integer> choices = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private int replayPos;
    private long timerSeq;
    private long now;
    private long steps;
    private boolean started;
    private volatile boolean stopping;

    /**
     * A stepped scheduler for one run.
     *
     * @param host      told about deadlock and the step limit
     * @param seed      seeds the choices
     * @param pace      0 for as fast as possible; above 0, virtual time also passes in real time times this
     * @param chooser   picks the next goroutine, or null for the seeded choice
     * @param stepLimit the number of steps after which the run ends, or 0 for no limit
     * @param replay    choices to make first (at points with more than one option), as recorded by
     *                  {@link #choices()}
     */
    public SteppedScheduler(SchedulerHost host, long seed, double pace, StepChooser chooser, long stepLimit,
                            List<Integer> replay) {
        this.host = host;
        this.rng = seed;
        this.pace = pace;
        this.chooser = chooser;
        this.stepLimit = stepLimit;
        this.replay = replay == null ? List.of() : List.copyOf(replay);
        Hold.watch(this);
    }

    @Override
    public boolean stepped() {
        return true;
    }

    /** The choices made so far at points with more than one option: replay them to repeat the run. */
    @Override
    public List<Integer> choices() {
        return List.copyOf(choices);
    }

    /** The number of options at each recorded choice. */
    @Override
    public List<Integer> widths() {
        return List.copyOf(widths);
    }

    /** The number of steps (scheduling decisions) made. */
    @Override
    public long steps() {
        return steps;
    }

    @Override
    public void start(Strand parent, Strand s, Runnable body) {
        live.add(s);
        s.nextOp = () -> "start";
        s.runnable = true;
        insert(s);
        Thread t = VIRTUAL.newThread(body);
        s.thread = t;
        t.start();
        if (!started) {
            // the first goroutine (main), started from outside the run: give it the token
            started = true;
            switchTo(null, pickNext());
        }
    }

    @Override
    public void begin(Strand s) {
        awaitToken(s);
    }

    @Override
    public void exited(Strand s) {
        live.remove(s);
        if (!stopping) {
            switchTo(null, pickNext());
        }
    }

    @Override
    public void preempt(Strand s, Supplier<String> nextOp) {
        Hold.gate();
        if (stopping) {
            throw new RunStopped();
        }
        s.nextOp = nextOp;
        s.runnable = true;
        insert(s);
        switchTo(s, pickNext());
    }

    @Override
    public void park(Strand s) {
        Hold.gate();
        if (stopping) {
            throw new RunStopped();
        }
        switchTo(s, pickNext());
    }

    @Override
    public void unpark(Strand s) {
        if (s.runnable) {
            return;
        }
        s.runnable = true;
        var reason = s.blockReason;
        String why = reason == null ? "blocked" : reason.goLabel();
        s.nextOp = () -> "resume after " + why;
        insert(s);
    }

    @Override
    public void sleep(Strand s, long nanos) {
        if (stopping) {
            throw new RunStopped();
        }
        s.runnable = false;
        schedule(nanos, () -> {
            host.sleepOver(s);
            unpark(s);
        });
        park(s);
    }

    @Override
    public Timer schedule(long nanos, Runnable action) {
        VTimer t = new VTimer(now + Math.max(0, nanos), timerSeq++, action);
        timers.add(t);
        return () -> timers.remove(t);
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(now);
    }

    @Override
    public int pickCase(Strand s, int ready, IntFunction<String> describe) {
        int n = ready;
        if (n == 1) {
            return 0;
        }
        int suggested = nextInt(n);
        int idx = suggested;
        if (replayPos < replay.size()) {
            idx = clamp(replay.get(replayPos++), n);
        } else if (chooser != null) {
            List<String> cases = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cases.add(describe.apply(i));
            }
            idx = chooser.chooseCase(s, List.copyOf(cases), suggested);
            if (idx < 0 || idx >= n) {
                idx = suggested;
            }
        }
        choices.add(idx);
        widths.add(n);
        return idx;
    }

    @Override
    public String carrier() {
        return "";
    }

    @Override
    public void stop() {
        stopping = true;
        for (Strand s : live) {
            Thread t = s.thread;
            if (t != null) {
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
        return live;
    }

    @Override
    public boolean awaitExit(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (!live.isEmpty()) {
            for (Strand s : List.copyOf(live)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                Thread t = s.thread;
                if (t != null && t != Thread.currentThread()) {
                    try {
                        t.join(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // ---- the token ----

    private void insert(Strand s) {
        int i = runq.size();
        while (i > 0 && runq.get(i - 1).id > s.id) {
            i--;
        }
        runq.add(i, s);
    }

    private void switchTo(Strand self, Strand next) {
        if (next == self && self != null) {
            return;
        }
        if (next != null) {
            next.token = true;
            LockSupport.unpark(next.thread);
        }
        if (self != null) {
            awaitToken(self);
            host.resumed(self);
        }
    }

    private void awaitToken(Strand s) {
        while (!s.token) {
            if (stopping) {
                throw new RunStopped();
            }
            LockSupport.park(this);
        }
        s.token = false;
        if (stopping) {
            throw new RunStopped();
        }
    }

    /** Chooses the next strand to run, advancing the clock as needed; null if the run is over. */
    private Strand pickNext() {
        while (!stopping) {
            int n = runq.size();
            if (n > 0) {
                if (stepLimit > 0 && steps >= stepLimit) {
                    host.stepLimitReached();
                    return null;
                }
                steps++;
                int idx = chooseStrand();
                if (idx < 0) {
                    host.stopRequested();
                    return null;
                }
                Strand s = runq.remove(idx);
                s.runnable = false;
                return s;
            }
            VTimer t = timers.poll();
            if (t == null) {
                host.deadlock();
                return null;
            }
            long jump = t.deadline - now;
            if (jump > 0) {
                if (pace > 0) {
                    try {
                        java.util.concurrent.TimeUnit.NANOSECONDS.sleep((long) (jump * pace));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                now = t.deadline;
            }
            t.action.run();
        }
        return null;
    }

    private int chooseStrand() {
        int n = runq.size();
        boolean replaying = replayPos < replay.size();
        int suggested = n == 1 ? 0 : nextInt(n);
        int idx = suggested;
        if (n > 1 && replaying) {
            idx = clamp(replay.get(replayPos++), n);
        } else if (chooser != null && !replaying) {
            idx = chooser.chooseStrand(List.copyOf(runq), suggested);
            if (idx == StepChooser.STOP) {
                return -1;
            }
            if (idx < 0 || idx >= n) {
                idx = suggested;
            }
        }
        if (n > 1) {
            choices.add(idx);
            widths.add(n);
        }
        return idx;
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }

    /** SplitMix64: specified bit for bit, so a seed means the same thing on every JVM. */
    private int nextInt(int n) {
        long z = (rng += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Long.remainderUnsigned(z, n);
    }

    private record VTimer(long deadline, long seq, Runnable action) implements Comparable<VTimer> {
        @Override
        public int compareTo(VTimer o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
