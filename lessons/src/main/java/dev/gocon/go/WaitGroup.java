package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceEvent.BlockReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Waits for a collection of goroutines to finish: Go's {@code sync.WaitGroup}.
 *
 * <p>Like a head waiter counting tables still eating: {@link #add} when a table sits down,
 * {@link #done} when it leaves, and {@link #await} waits until the count is back to zero. It is
 * {@link java.util.concurrent.CountDownLatch} that can also count up.
 *
 * <pre>{@code
 * WaitGroup wg = new WaitGroup();
 * for (int i = 1; i <= 3; i++) {
 *     int n = i;
 *     wg.go(() -> cook(n));          // wg.Add(1); go func() { defer wg.Done(); cook(n) }()
 * }
 * wg.await();                        // wg.Wait()
 * }</pre>
 *
 * <table class="striped">
 *   <caption>WaitGroup operations</caption>
 *   <tr><th>Throws (panics)</th><th>Blocks</th></tr>
 *   <tr><td>{@link #add}/{@link #done} below zero: "sync: negative WaitGroup counter"</td>
 *       <td>{@link #await} while the counter is above zero</td></tr>
 * </table>
 *
 * <p>Memory consistency effects: actions before a {@code done} happen-before the {@code await} that
 * it releases returns.
 */
public final class WaitGroup {

    /* Implementation notes: the counter is atomic, so add and done take no lock unless the count
     * reaches zero with goroutines waiting; await enqueues under the lock after re-checking the count,
     * so a concurrent transition to zero always finds it. */

    private final SpinLock lock = new SpinLock();
    private final WaitQueue waiters = new WaitQueue();
    private final TracedObject identity;
    private final java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();

    /** A wait group at zero, labelled {@code waitgroup-N} in traces. */
    public WaitGroup() {
        this(null);
    }

    /** A wait group at zero labelled {@code name} in traces and dumps. */
    public WaitGroup(String name) {
        identity = new TracedObject("waitgroup", name);
    }

    TraceEvent.Ref ref() {
        return identity.ref();
    }

    /**
     * Adds {@code delta} (may be negative) to the counter: {@code wg.Add(delta)}. At zero, every
     * {@link #await} returns.
     *
     * @throws Panic "sync: negative WaitGroup counter"
     */
    public void add(int delta) {
        if (delta < 0 && RaceDetector.everCreated()) {
            Goroutine g = Goroutine.currentOrNull();
            if (g != null && g.run.race != null) {
                g.run.race.release(g, this);   // before the count can reach zero
            }
        }
        long v = counter.addAndGet(delta);
        if (v < 0) {
            counter.addAndGet(-delta);
            throw new Panic("sync: negative WaitGroup counter");
        }
        if (v != 0) {
            return;
        }
        // reached zero: release the waiters (an await that saw a non-zero count enqueued under the lock)
        List<Waiter> release = null;
        lock.lock();
        if (counter.get() == 0 && !waiters.isEmpty()) {
            release = new ArrayList<>();
            Waiter w;
            while ((w = waiters.dequeue()) != null) {
                release.add(w);
            }
        }
        lock.unlock();
        if (release != null) {
            Goroutine g = Goroutine.current();
            for (Waiter w : release) {
                Channel.wake(g, w);
            }
            g.run.events.deliver();
        }
    }

    /** Decrements the counter by one: {@code wg.Done()}. */
    public void done() {
        add(-1);
    }

    /** Blocks until the counter is zero: {@code wg.Wait()}. */
    public void await() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, wg -> "wait " + wg.identity.label
                + (wg.counter.get() > 0 ? " (will block: counter " + wg.counter.get() + ")" : ""));
        if (counter.get() == 0) {
            returned(g, rt);
            return;
        }
        lock.lock();
        if (counter.get() == 0) {
            lock.unlock();
            returned(g, rt);
            return;
        }
        Waiter w = g.waiter().set(g, null, 0);
        waiters.enqueue(w);
        String detail = "counter " + counter.get();
        g.blockOn(BlockReason.WAITGROUP, ref(), detail);
        rt.events.block(g, BlockReason.WAITGROUP, ref(), detail);
        lock.unlock();
        Channel.park(g);
        returned(g, rt);
    }

    /** {@code await} returns: ordered after every {@code done} so far. */
    private void returned(Goroutine g, Run rt) {
        if (rt.race != null) {
            rt.race.acquire(g, this);
        }
    }

    /**
     * Starts {@code task} in a new goroutine counted by this group: {@code wg.Go(f)} (Go 1.25), that is
     * {@code wg.Add(1); go func() { defer wg.Done(); f() }()}.
     */
    public Goroutine go(Task task) {
        return go(null, task);
    }

    /** Like {@link #go(Task)}, naming the goroutine. */
    public Goroutine go(String name, Task task) {
        add(1);
        return Go.go(name, () -> {
            try {
                task.run();
            } finally {
                done();
            }
        });
    }

    @Override
    public String toString() {
        return identity.label;
    }
}
