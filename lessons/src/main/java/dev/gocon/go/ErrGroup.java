package dev.gocon.go;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a group of goroutines on one task and collects the first error: Go's
 * {@code golang.org/x/sync/errgroup.Group}.
 *
 * <p>Like a kitchen brigade on one banquet: if any station fails, the head chef calls off the rest
 * (through {@link #context()}), and at the end reports the first failure. An exception thrown by a
 * task is its error; a {@link Panic} is not an error but a panic, as in Go, and ends the run.
 *
 * <pre>{@code
 * ErrGroup g = ErrGroup.withContext(Context.background());
 * for (String url : urls) g.go(() -> fetch(g.context(), url));
 * Exception err = g.await();          // if err := g.Wait(); err != nil { ... }
 * }</pre>
 *
 * <p>Memory consistency effects: actions of every task happen-before {@link #await} returns.
 */
public final class ErrGroup {

    private final WaitGroup wg;
    private final Context.Cancelable ctx;
    private final AtomicReference<Exception> first = new AtomicReference<>();

    /** A group with no context: errors are collected, nothing is canceled. */
    public ErrGroup() {
        this.wg = new WaitGroup("errgroup");
        this.ctx = null;
    }

    private ErrGroup(Context parent) {
        this.wg = new WaitGroup("errgroup");
        this.ctx = Context.withCancel(parent);
    }

    /** A group whose context is canceled by the first error, or when {@link #await} returns. */
    public static ErrGroup withContext(Context parent) {
        return new ErrGroup(parent);
    }

    /** The group's context ({@link Context#background()} for a group made without one). */
    public Context context() {
        return ctx == null ? Context.background() : ctx;
    }

    /** Runs {@code task} in a new goroutine of the group: {@code g.Go(f)}. */
    public void go(Task task) {
        go(null, task);
    }

    /** Like {@link #go(Task)}, naming the goroutine. */
    public void go(String name, Task task) {
        wg.go(name, () -> {
            try {
                task.run();
            } catch (Panic p) {
                throw p;
            } catch (Exception e) {
                if (first.compareAndSet(null, e) && ctx != null) {
                    ctx.cancel(Context.CANCELED, Goroutine.current());
                }
            }
        });
    }

    /** Blocks until every task has returned; returns the first error, or null: {@code g.Wait()}. */
    public Exception await() {
        wg.await();
        if (ctx != null) {
            ctx.cancel();
        }
        return first.get();
    }
}
