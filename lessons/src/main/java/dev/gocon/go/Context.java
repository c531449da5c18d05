package dev.gocon.go;

import dev.gocon.sched.Timer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries a cancellation signal and a deadline across goroutines: Go's {@code context.Context}.
 *
 * <p>Like the expediter calling "table 4 left, stop cooking their order": every cook who got that
 * ticket hears it at once, and so does everyone they handed part of the work to. Cancellation flows
 * from parent to children, never back. {@link #done()} is a receive-only channel that is closed on
 * cancellation, so it composes with {@link Select}:
 *
 * <pre>{@code
 * Context.Cancelable ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(1));
 * try {
 *     Select.select(
 *         Select.receive(results, r -> use(r)),
 *         Select.receive(ctx.done(), x -> System.out.println(ctx.err().getMessage())));
 * } finally {
 *     ctx.cancel();                                   // defer cancel()
 * }
 * }</pre>
 *
 * <p>Deadlines and timeouts use the run's clock: virtual under the stepped scheduler. A pending
 * deadline counts as a pending timer for deadlock detection.
 *
 * <p>Memory consistency effects: a {@code cancel} happens-before a receive from {@code done()} that
 * returns because of it.
 */
public class Context {

    /** {@code context.Canceled}: the error of a context that was canceled. */
    public static final Exception CANCELED = new Exception("context canceled", null, false, false) { };
    /** {@code context.DeadlineExceeded}: the error of a context whose deadline passed. */
    public static final Exception DEADLINE_EXCEEDED =
            new Exception("context deadline exceeded", null, false, false) { };

    private static final Context BACKGROUND = new Context();

    Context() {
    }

    /** The root context: never canceled, no deadline: {@code context.Background()}. */
    public static Context background() {
        return BACKGROUND;
    }

    /** A child of {@code parent} canceled by its {@code cancel()}: {@code context.WithCancel}. */
    public static Cancelable withCancel(Context parent) {
        return new Cancelable(parent, null);
    }

    /** A child of {@code parent} canceled after {@code timeout}: {@code context.WithTimeout}. */
    public static Cancelable withTimeout(Context parent, Duration timeout) {
        Run rt = Goroutine.current().run;
        return withDeadline(parent, rt.sched.now().plus(timeout));
    }

    /** A child of {@code parent} canceled at {@code deadline}: {@code context.WithDeadline}. */
    public static Cancelable withDeadline(Context parent, Instant deadline) {
        Optional<Instant> pd = parent.deadline();
        if (pd.isPresent() && pd.get().isBefore(deadline)) {
            return new Cancelable(parent, null);
        }
        return new Cancelable(parent, deadline);
    }

    /** A channel closed when this context is canceled; background's never is (the nil channel). */
    public ReceiveChannel<Void> done() {
        return Channel.nil();
    }

    /** Null while not canceled; then {@link #CANCELED} or {@link #DEADLINE_EXCEEDED}: {@code ctx.Err()}. */
    public Exception err() {
        return null;
    }

    /** The deadline, if any: {@code ctx.Deadline()}. */
    public Optional<Instant> deadline() {
        return Optional.empty();
    }

    void addChild(Cancelable child) {
        // the background context is never canceled
    }

    /**
     * A context with its cancel function: what Go returns as {@code ctx, cancel}. Call
     * {@link #cancel()} when done, as {@code defer cancel()} does, to release its timer.
     */
    public static final class Cancelable extends Context {

        private final Run rt;
        private final Channel<Void> done;
        private final Instant deadline;
        private final SpinLock lock = new SpinLock();
        private final List<Cancelable> children = new ArrayList<>();
        private volatile Exception err;
        private Timer timer;

        Cancelable(Context parent, Instant deadline) {
            Goroutine g = Goroutine.current();
            this.rt = g.run;
            this.done = Channel.make("ctx-done", 0);
            this.deadline = deadline != null ? deadline : parent.deadline().orElse(null);
            parent.addChild(this);
            Exception perr = parent.err();
            if (perr != null) {
                cancel(perr, null);
            } else if (deadline != null) {
                long nanos = Duration.between(rt.sched.now(), deadline).toNanos();
                if (nanos <= 0) {
                    cancel(DEADLINE_EXCEEDED, null);
                } else {
                    Timer t = rt.sched.schedule(rt.scale(nanos), () -> cancel(DEADLINE_EXCEEDED, null));
                    lock.lock();
                    boolean already = err != null;
                    if (!already) {
                        timer = t;
                    }
                    lock.unlock();
                    if (already) {
                        t.cancel();
                    }
                }
            }
        }

        /** Cancels this context and its children: {@code cancel()}. Later calls do nothing. */
        public void cancel() {
            Goroutine g = Goroutine.current();
            rt.beforeOperation(g, this, c -> "cancel context");
            cancel(CANCELED, g);
        }

        void cancel(Exception why, Goroutine by) {
            List<Cancelable> kids;
            Timer t;
            lock.lock();
            if (err != null) {
                lock.unlock();
                return;
            }
            if (rt.race != null && by != null) {
                rt.race.release(by, this);   // before err() can see it canceled
            }
            err = why;
            kids = List.copyOf(children);
            children.clear();
            t = timer;
            timer = null;
            lock.unlock();
            if (t != null) {
                t.cancel();
            }
            done.closeInternal(rt, by);
            for (Cancelable k : kids) {
                k.cancel(why, by);
            }
        }

        @Override
        void addChild(Cancelable child) {
            lock.lock();
            boolean canceled = err != null;
            if (!canceled) {
                children.add(child);
            }
            lock.unlock();
        }

        @Override
        public ReceiveChannel<Void> done() {
            return done;
        }

        @Override
        public Exception err() {
            Exception e = err;
            if (e != null && rt.race != null) {
                // Go's Err() takes the context's lock: the cancel is ordered before it, as before done()
                Goroutine g = Goroutine.currentOrNull();
                if (g != null && g.run == rt) {
                    rt.race.acquire(g, this);
                }
            }
            return e;
        }

        @Override
        public Optional<Instant> deadline() {
            return Optional.ofNullable(deadline);
        }
    }
}
