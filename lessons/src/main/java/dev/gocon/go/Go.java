package dev.gocon.go;

import dev.gocon.trace.Durations;
import dev.gocon.trace.TraceEvent;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code go} statement, the clock, and runs: the entry points of gocon's Go-style runtime.
 *
 * <p>A goroutine is a function running concurrently with the others; here each is a virtual thread.
 * A <em>run</em> ({@link #run(Task)}) is one isolated program: its main goroutine, everything it
 * starts, and its own ids, clock, event sink and deadlock detection.
 *
 * <pre>{@code
 * Go.run(() -> {                                  // func main() {
 *     Channel<String> done = Channel.make();      //     done := make(chan string)
 *     Go.go("worker", () -> done.send("hi"));     //     go func() { done <- "hi" }()
 *     System.out.println(done.receive());         //     fmt.Println(<-done)
 * });                                             // }
 * }</pre>
 *
 * <p>Outside {@code run}, a process-wide default runtime serves plain {@code main} methods: it uses
 * the native scheduler, does not detect deadlocks (threads outside any run take part), and hands a
 * panic in a goroutine to the {@link UncaughtPanicHandler} (by default it prints the panic as Go does;
 * Go would also exit with status 2, which a program chooses by setting a handler that exits).
 */
public final class Go {

    private static volatile UncaughtPanicHandler uncaughtPanicHandler = UncaughtPanicHandler::print;

    private Go() {
    }

    /**
     * Sets what happens when a goroutine started outside any run panics; see {@link UncaughtPanicHandler}.
     *
     * @throws NullPointerException if {@code handler} is null
     */
    public static void setUncaughtPanicHandler(UncaughtPanicHandler handler) {
        uncaughtPanicHandler = java.util.Objects.requireNonNull(handler, "handler");
    }

    /** The handler of panics outside any run: {@link UncaughtPanicHandler#print} unless one was set. */
    public static UncaughtPanicHandler uncaughtPanicHandler() {
        return uncaughtPanicHandler;
    }

    /** Starts {@code body} in a new goroutine: {@code go f()}. Never blocks. */
    public static Goroutine go(Task body) {
        return go(null, body);
    }

    /** Starts {@code body} in a new goroutine named {@code name} ({@code chef-1}) for traces and dumps. */
    public static Goroutine go(String name, Task body) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, name, n -> "go " + (n == null || n.isEmpty() ? "func()" : n));
        return rt.spawn(g, name, body);
    }

    /**
     * Pauses the calling goroutine for {@code d}: {@code time.Sleep(d)}. Virtual time under the stepped
     * scheduler; scaled by the run's pace under the native one. Zero or negative returns at once.
     */
    public static void sleep(Duration d) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        long nanos = d.toNanos();
        rt.beforeOperation(g, d, x -> "sleep " + Durations.format(x));
        if (nanos <= 0) {
            return;
        }
        rt.events.sleep(g, d);
        rt.events.deliver();
        g.blockOn(TraceEvent.BlockReason.SLEEP, null, Durations.format(d));
        try {
            rt.sched.sleep(g.strand, rt.scale(nanos));
        } finally {
            g.running();
        }
        if (!rt.stepped) { // the stepped scheduler reports every resumption itself
            rt.events.wake(g.who(), g.who());
            rt.events.deliver();
        }
    }

    /** A blocking call into the network, such as a socket's {@code accept} or {@code read}. */
    @FunctionalInterface
    public interface IoCall<T> {
        T call() throws IOException;
    }

    /**
     * Makes the blocking socket call {@code call} as the calling goroutine waiting in {@code [IO wait]}
     * on {@code what} ({@code "accept :8082"}, {@code "read conn-3"}), and returns its result.
     *
     * <p>Go parks a goroutine whose socket has no data on its netpoller: the goroutine waits, its
     * thread is free. A virtual thread blocked in a socket call does the same (it unmounts from its
     * carrier), but nothing in the runtime sees it; this method tells the trace, the goroutine dump
     * and the leak report. Under the stepped scheduler the call keeps the turn: every other goroutine
     * waits for it, so socket programs run under the native scheduler.
     */
    public static <T> T ioWait(String what, IoCall<T> call) throws IOException {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        g.blockOn(TraceEvent.BlockReason.IO_WAIT, null, what);
        rt.events.block(g, TraceEvent.BlockReason.IO_WAIT, null, what);
        rt.events.deliver();
        try {
            return call.call();
        } finally {
            g.running();
            rt.events.wake(g.who(), g.who());
            rt.events.deliver();
        }
    }

    /**
     * A channel that receives the current time once, after {@code d}: {@code time.After(d)}. The
     * pending timer keeps the run from being reported as deadlocked.
     */
    public static Channel<Instant> after(Duration d) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        Channel<Instant> ch = Channel.make("after " + Durations.format(d), 1);
        rt.sched.schedule(rt.scale(Math.max(0, d.toNanos())), () -> ch.deliverFromTimer(rt, rt.sched.now()));
        return ch;
    }

    /** A channel that receives the time every {@code d}, forever: {@code time.Tick(d)}. */
    public static Channel<Instant> tick(Duration d) {
        return newTicker(d).c();
    }

    /** A ticker delivering the time every {@code d}: {@code time.NewTicker(d)}. */
    public static Ticker newTicker(Duration d) {
        return new Ticker(d);
    }

    /** The current time: {@code time.Now()}; virtual under the stepped scheduler. */
    public static Instant now() {
        return Goroutine.current().run.sched.now();
    }

    /** Yields the processor so other goroutines may run: {@code runtime.Gosched()}. */
    public static void gosched() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        if (rt.stepped) {
            rt.sched.preempt(g.strand, () -> "gosched");
        } else {
            rt.sched.preempt(g.strand, null);   // native: registers the goroutine, throws once the run stops
            Thread.yield();
        }
    }

    /** The number of goroutines of the calling goroutine's run that exist: {@code runtime.NumGoroutine()}. */
    public static int numGoroutine() {
        Goroutine g = Goroutine.current();
        int n = g.run.sched.liveCount();
        return g.run.isDefault ? n + 1 : n;
    }

    /** The calling goroutine. */
    public static Goroutine current() {
        return Goroutine.current();
    }

    /**
     * Runs {@code main} as goroutine 1 of a fresh, isolated run under the native scheduler, and returns
     * when main returns. Goroutines still running then are stopped: their blocked operations throw, and
     * no thread of the run outlives this call.
     *
     * @throws Panic    if an exception escaped any goroutine (main included)
     * @throws Deadlock if every goroutine got blocked with no timer pending
     */
    public static void run(Task main) {
        run(RunConfig.nativeScheduler(), main).throwIfFailed();
    }

    /**
     * Runs {@code main} as goroutine 1 of a fresh run configured by {@code config}, and reports how it
     * ended. Unlike {@link #run(Task)}, a panic or deadlock does not throw: it is in the report.
     */
    public static RunReport run(RunConfig config, Task main) {
        Run rt = new Run(config, false);
        rt.spawn(null, "main", main);
        return rt.await();
    }
}
