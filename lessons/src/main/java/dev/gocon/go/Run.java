package dev.gocon.go;

import dev.gocon.sched.NativeScheduler;
import dev.gocon.sched.RunStopped;
import dev.gocon.sched.Scheduler;
import dev.gocon.sched.SchedulerHost;
import dev.gocon.sched.SteppedScheduler;
import dev.gocon.sched.Strand;
import dev.gocon.trace.GoText;
import dev.gocon.trace.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/*
 * One isolated runtime: its scheduler, ids, event sink and outcome. Go.run makes one per call; DEFAULT
 * serves goroutines started outside any run (plain main methods), never detects deadlock, and hands a
 * panic to the uncaught-panic handler the program set (Go.setUncaughtPanicHandler).
 */
final class Run implements SchedulerHost {

    static final Run DEFAULT = new Run(RunConfig.nativeScheduler(), true);
    static final TraceEvent.Who TIMER = new TraceEvent.Who(0, "timer");

    final Scheduler sched;
    final boolean stepped;
    /** The run's trace events: records them and delivers them to the sink outside every lock. */
    final EventLog events;
    final double pace;
    final boolean isDefault;
    final RunConfig config;
    /** The race detector, or null when it is off: every hook tests this one field. */
    final RaceDetector race;
    private final AtomicLong goroutineIds = new AtomicLong();
    private final AtomicLong objectIds = new AtomicLong();
    final CountDownLatch done = new CountDownLatch(1);

    private RunReport.Outcome outcome;
    private Panic failure;
    private List<RunReport.LeakedGoroutine> leaked = List.of();
    private List<Strand> remaining = List.of();
    private long endNanos;

    Run(RunConfig config, boolean isDefault) {
        this.config = config;
        this.isDefault = isDefault;
        this.stepped = config.stepped();
        this.pace = config.pace();
        this.race = config.raceDetector() && !isDefault ? new RaceDetector(this) : null;
        this.sched = config.stepped()
                ? new SteppedScheduler(this, config.seed(), config.pace(), AdaptedChooser.of(config.chooser()), config.stepLimit(),
                config.replay())
                : new NativeScheduler(this, !isDefault, Math.max(1, config.pace()));
        this.events = new EventLog(config.sink(), sched);
    }

    Goroutine adopt(Thread t) {
        Goroutine g = new Goroutine(this, goroutineIds.incrementAndGet(), t.getName());
        g.bind(t);
        return g;
    }

    long nextObjectId() {
        return objectIds.incrementAndGet();
    }

    /** Scales a program's duration by the pace (native only; stepped time is virtual). */
    long scale(long nanos) {
        if (stepped || pace <= 1) {
            return nanos;
        }
        double d = nanos * pace;
        return d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) d;
    }

    // ---- goroutines ----

    Goroutine spawn(Goroutine parent, String name, Task task) {
        Goroutine g = new Goroutine(this, goroutineIds.incrementAndGet(), name);
        if (parent != null) {
            events.spawn(parent, g);
            events.deliver();
        }
        if (race != null) {
            race.spawned(parent, g, CodePlace.caller());
        }
        sched.start(parent == null ? null : parent.strand, g.strand, new Body(g, task));
        return g;
    }

    /**
     * What a goroutine's thread runs: binds {@link Goroutine#CURRENT} to the goroutine, then runs its
     * task inside that binding. One object serves as both the thread's task and the binding's
     * operation, so a spawn allocates one object here instead of two lambdas.
     */
    private final class Body implements Runnable, ScopedValue.CallableOp<Void, RuntimeException> {
        private final Goroutine g;
        private final Task task;

        Body(Goroutine g, Task task) {
            this.g = g;
            this.task = task;
        }

        @Override
        public void run() {
            ScopedValue.where(Goroutine.CURRENT, g).call(this);
        }

        @Override
        public Void call() {
            body(g, task);
            return null;
        }
    }

    private void body(Goroutine g, Task task) {
        try {
            sched.begin(g.strand);
            g.strand.markStarted();
            if (sched.stopping()) {
                throw new RunStopped();
            }
            events.start(g);
            events.deliver();
            task.run();
            if (events.on() && g.strand.claimEnd()) {   // untraced, no end to claim: spare the CAS
                events.exit(g);
            }
            events.deliver();
            if (g.id() == 1 && !isDefault) {
                finish(RunReport.Outcome.OK, null, g);
            }
        } catch (RunStopped stopped) {
            // the run is over; unwind quietly
        } catch (Throwable t) {
            if (!sched.stopping()) {
                panic(g, t);
            }
        } finally {
            if (race != null) {
                race.exited(g);
            }
            sched.exited(g.strand);
        }
    }

    private void panic(Goroutine g, Throwable t) {
        Panic p = t instanceof Panic pp ? pp : new Panic(describe(t), t);
        p.goroutine(g.toString());
        events.panicked(g, p.getMessage());
        events.deliver();
        if (isDefault) {
            Go.uncaughtPanicHandler().panicked(g, p);
            return;
        }
        finish(RunReport.Outcome.PANIC, p, g);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getName() : t.getClass().getName() + ": " + m;
    }

    // ---- ending the run ----

    @Override
    public void deadlock() {
        finish(RunReport.Outcome.DEADLOCK, null, null);
    }

    @Override
    public void stepLimitReached() {
        finish(RunReport.Outcome.STEP_LIMIT, null, null);
    }

    @Override
    public void stopRequested() {
        finish(RunReport.Outcome.STOPPED, null, null);
    }

    /** Records how the run ended (first call wins) and stops every other goroutine. */
    private synchronized void finish(RunReport.Outcome how, Panic p, Goroutine by) {
        if (outcome != null || isDefault) {
            return;
        }
        try {
            record(how, p, by);
        } finally {
            // whatever happened while recording, the run is over: never leave Go.run waiting
            if (outcome == null) {
                outcome = how;
                failure = p;
            }
            sched.stop();
            done.countDown();
        }
    }

    private void record(RunReport.Outcome how, Panic p, Goroutine by) {
        endNanos = sched.nanoTime();
        List<Strand> live = new ArrayList<>(sched.live());
        live.sort(Comparator.comparingLong(s -> s.id));
        if (how == RunReport.Outcome.DEADLOCK) {
            p = new Deadlock(dump(live));
        }
        outcome = how;
        failure = p;
        List<RunReport.LeakedGoroutine> leaks = new ArrayList<>();
        for (Strand s : live) {
            // Left behind: goroutines blocked for good, and goroutines that never ran (Go's dump calls
            // them runnable; they would go on to do whatever they do, unseen). A goroutine that ran
            // and is running or was just woken is finishing (say, past wg.Done()): not left behind.
            // The block record may be cleared concurrently (native): read each field once.
            TraceEvent.BlockReason reason = s.blockReason;
            TraceEvent.Ref object = s.blockObject;
            if (by != null && s == by.strand || s.id == 1) {
                continue;
            }
            if (!s.started()) {
                leaks.add(new RunReport.LeakedGoroutine(s.id, s.name, "runnable", ""));
            } else if (reason != null && s.blocked()) {
                leaks.add(new RunReport.LeakedGoroutine(s.id, s.name, reason.goLabel(),
                        object == null ? "" : object.label()));
            }
        }
        leaked = leaks;
        for (Strand s : live) {
            // A goroutine left blocked keeps its last state in the trace, as the leak report and
            // the log's end lines say; the others end here, stopped by the run (no carrier of their own).
            if ((by == null || s != by.strand || how == RunReport.Outcome.PANIC) && !s.blocked() && s.claimEnd()) {
                events.stopped(s.who(), endNanos);
            }
        }
        remaining = live;
    }

    static String dump(List<Strand> live) {
        StringBuilder b = new StringBuilder();
        for (Strand s : live) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            TraceEvent.BlockReason reason = s.blockReason;
            TraceEvent.Ref object = s.blockObject;
            String detail = s.blockDetail;
            String state = reason == null ? "running" : reason.goLabel();
            b.append("goroutine ").append(s.id).append(" [").append(state).append("]:\n\t")
                    .append(s.name.isEmpty() ? "g" + s.id : s.name);
            if (object != null) {
                b.append(": waiting on ").append(object.label());
            } else if (reason != null) {
                b.append(": waiting");
            }
            if (detail != null && !detail.isEmpty()) {
                b.append(" (").append(detail).append(')');
            }
        }
        return b.toString();
    }

    /** Waits for the run to end and for every goroutine thread to finish; returns the report. */
    RunReport await() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                // Ctrl-C, or the REPL cancelling a command: stop every goroutine, as a STOPPED run.
                interrupted = true;
                stopRequested();
            }
        }
        sched.awaitExit(TimeUnit.SECONDS.toNanos(5));
        // what the goroutines and timers recorded last, and the goroutines the run stopped
        events.drain(TimeUnit.SECONDS.toNanos(5));
        for (Strand s : remaining) {
            Thread t = s.thread();
            if (t != null && t != Thread.currentThread()) {
                try {
                    t.join(1000);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RunReport r = new RunReport(outcome, failure, leaked, sched.steps(), sched.choices(), sched.widths(), endNanos,
                race == null ? List.of() : race.races());
        if (config.onReport() != null) {
            config.onReport().accept(r);
        }
        return r;
    }

    // ---- events ----

    /** Stepped: the timer ended the sleep of {@code s}; the trace hears the timer wake it. */
    @Override
    public void sleepOver(Strand s) {
        events.wake(TIMER, s.who());
        events.deliver();   // timers fire while the scheduler picks the next goroutine: no lock held
    }

    /** Stepped: {@code s} has the turn again; the trace hears it runs (a goroutine waking itself). */
    @Override
    public void resumed(Strand s) {
        events.wake(s.who(), s.who());
        events.deliver();
    }

    long now() {
        return sched.nanoTime();
    }

    String carrier() {
        return sched.carrier();
    }

    /** True when the run is traced: the one test before computing an event's costly arguments. */
    boolean tracing() {
        return events.on();
    }

    /**
     * The scheduling point before {@code g}'s next operation on {@code object}. Stepped: another
     * goroutine may run first, and the step is described as {@code describe} says of {@code object}
     * and {@code argument} (read then, while no other goroutine runs). Native: nothing, allocation
     * free, but a goroutine of a run that is over stops here. {@code describe} should capture nothing.
     */
    <O, A> void beforeOperation(Goroutine g, O object, A argument, BiFunction<O, A, String> describe) {
        if (stepped) {
            sched.preempt(g.strand, () -> describe.apply(object, argument));
        } else if (sched.stopping()) {
            throw new RunStopped();
        }
    }

    /** {@link #beforeOperation(Goroutine, Object, Object, BiFunction)} for an operation without an argument. */
    <O> void beforeOperation(Goroutine g, O object, Function<O, String> describe) {
        if (stepped) {
            sched.preempt(g.strand, () -> describe.apply(object));
        } else if (sched.stopping()) {
            throw new RunStopped();
        }
    }

    /**
     * A value for the trace, as Go prints it: see {@link GoText#show}. A value whose {@code toString}
     * throws shows as Go's fmt shows a panicking {@code String} method; never throws, as events are
     * recorded under spin locks.
     */
    static String show(Object v) {
        try {
            return GoText.show(v);
        } catch (RuntimeException e) {
            return "%!v(PANIC=String method: " + e.getMessage() + ")";
        }
    }
}
