package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceEvent.BlockReason;

/**
 * A mutual exclusion lock: Go's {@code sync.Mutex}.
 *
 * <p>Like the single key to a storeroom: whoever holds it goes in, everyone else waits at the door
 * in line. Unlike {@link java.util.concurrent.locks.ReentrantLock} it is not reentrant and not owned:
 * locking it twice from one goroutine deadlocks, and any goroutine may unlock it, as in Go.
 *
 * <pre>{@code
 * mu.lock();
 * try { counter++; } finally { mu.unlock(); }     // mu.Lock(); defer mu.Unlock()
 * }</pre>
 *
 * <table class="striped">
 *   <caption>Mutex operations</caption>
 *   <tr><th>Throws (panics)</th><th>Special value</th><th>Blocks</th></tr>
 *   <tr><td>{@link #unlock} when unlocked: "sync: unlock of unlocked mutex"</td>
 *       <td>{@link #tryLock}: false</td><td>{@link #lock}</td></tr>
 * </table>
 * Waiters are served first come, first served: unlock hands the lock to the longest waiter.
 *
 * <p>Memory consistency effects: an {@code unlock} happens-before every later {@code lock} returns.
 */
public final class Mutex {

    /* Implementation notes: a spin-locked state word and a FIFO of Waiters; unlock hands ownership
     * directly to the first waiter (Go's starvation mode), so waiters cannot be overtaken. */

    private final SpinLock lock = new SpinLock();
    private final WaitQueue waiters = new WaitQueue();
    private final TracedObject identity;
    private boolean locked;
    private Goroutine holder;

    /** An unlocked mutex, labelled {@code mutex-N} in traces. */
    public Mutex() {
        this(null);
    }

    /** An unlocked mutex labelled {@code name} in traces and dumps. */
    public Mutex(String name) {
        identity = new TracedObject("mutex", name);
    }

    TraceEvent.Ref ref() {
        return identity.ref();
    }

    /** Locks, blocking while another goroutine holds it: {@code mu.Lock()}. */
    public void lock() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, m -> "lock " + m.identity.label + (m.locked ? " (will block: held by " + m.holder + ")" : ""));
        lock.lock();
        if (!locked) {
            locked = true;
            holder = g;
            lock.unlock();
            acquired(g, rt);
            return;
        }
        Waiter w = g.waiter().set(g, null, 0);
        waiters.enqueue(w);
        String detail = holder == null ? "held" : "held by " + holder;
        g.blockOn(BlockReason.LOCK, ref(), detail);
        rt.events.block(g, BlockReason.LOCK, ref(), detail);
        lock.unlock();
        Channel.park(g);
        acquired(g, rt);
    }

    /** {@code g} holds the lock now: trace it, and order it after the previous unlock. */
    private void acquired(Goroutine g, Run rt) {
        rt.events.lock(g, ref());
        if (rt.race != null) {
            rt.race.acquire(g, this);
        }
        rt.events.deliver();
    }

    /** Locks if that need not block: {@code mu.TryLock()}. */
    public boolean tryLock() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, m -> "trylock " + m.identity.label);
        lock.lock();
        if (locked) {
            lock.unlock();
            return false;
        }
        locked = true;
        holder = g;
        lock.unlock();
        acquired(g, rt);
        return true;
    }

    /**
     * Unlocks, handing the lock to the longest waiter if any: {@code mu.Unlock()}. Never blocks.
     *
     * @throws Panic "sync: unlock of unlocked mutex"
     */
    public void unlock() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, m -> "unlock " + m.identity.label);
        lock.lock();
        if (!locked) {
            lock.unlock();
            throw new Panic("sync: unlock of unlocked mutex");
        }
        if (rt.race != null) {
            rt.race.release(g, this);   // before anyone can take the lock
        }
        Waiter w = waiters.dequeue();
        if (w == null) {
            locked = false;
            holder = null;
        } else {
            holder = w.g;
        }
        rt.events.unlock(g, ref());
        lock.unlock();
        if (w != null) {
            Channel.wake(g, w);
        }
        rt.events.deliver();
    }

    @Override
    public String toString() {
        return identity.label;
    }
}
