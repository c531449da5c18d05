package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceEvent.BlockReason;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader/writer lock: Go's {@code sync.RWMutex}. Many readers, or one writer.
 *
 * <p>Like a menu board: any number of guests may read it at once, but the chef who rewrites it needs
 * it to himself. As in Go, a writer waiting for the lock keeps new readers out, so writers cannot
 * starve; when a writer unlocks, the readers waiting at that moment all get in.
 *
 * <table class="striped">
 *   <caption>RWMutex operations</caption>
 *   <tr><th></th><th>Throws (panics)</th><th>Special value</th><th>Blocks</th></tr>
 *   <tr><th>Write</th><td>{@link #unlock} when not write-locked</td><td>{@link #tryLock}</td>
 *       <td>{@link #lock}</td></tr>
 *   <tr><th>Read</th><td>{@link #runlock} when not read-locked</td><td>{@link #tryRLock}</td>
 *       <td>{@link #rlock}</td></tr>
 * </table>
 *
 * <p>Memory consistency effects: an {@code unlock} happens-before every later lock or read lock
 * returns; an {@code runlock} happens-before a later write lock returns.
 */
public final class RWMutex {

    private final SpinLock lock = new SpinLock();
    private final WaitQueue readers = new WaitQueue();
    private final WaitQueue writers = new WaitQueue();
    private final TracedObject identity;
    private int activeReaders;
    private boolean writer;

    /** An unlocked RWMutex labelled {@code rwmutex-N}. */
    public RWMutex() {
        this(null);
    }

    /** An unlocked RWMutex labelled {@code name} in traces and dumps. */
    public RWMutex(String name) {
        identity = new TracedObject("rwmutex", name);
    }

    private TraceEvent.Ref ref() {
        return identity.ref();
    }

    /** Write-locks, blocking while readers or a writer hold it: {@code rw.Lock()}. */
    public void lock() {
        acquire(true, true);
    }

    /** Read-locks, blocking while a writer holds or waits for it: {@code rw.RLock()}. */
    public void rlock() {
        acquire(false, true);
    }

    /** Write-locks if that need not block. */
    public boolean tryLock() {
        return acquire(true, false);
    }

    /** Read-locks if that need not block. */
    public boolean tryRLock() {
        return acquire(false, false);
    }

    private boolean acquire(boolean write, boolean block) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, write, (rw, w) -> (w ? "lock " : "rlock ") + rw.identity.label);
        lock.lock();
        boolean free = write ? !writer && activeReaders == 0 : !writer && writers.isEmpty();
        if (free) {
            if (write) {
                writer = true;
            } else {
                activeReaders++;
            }
            lock.unlock();
            acquired(g, rt, write);
            return true;
        }
        if (!block) {
            lock.unlock();
            return false;
        }
        Waiter w = g.waiter().set(g, null, 0);
        (write ? writers : readers).enqueue(w);
        String detail = writer ? "held by a writer" : write ? "held by readers" : "a writer is waiting";
        g.blockOn(BlockReason.LOCK, ref(), detail);
        rt.events.block(g, BlockReason.LOCK, ref(), detail);
        lock.unlock();
        Channel.park(g);
        acquired(g, rt, write);
        return true;
    }

    /**
     * {@code g} holds the lock now: trace it, and order it after the previous write unlock, and for a
     * write lock also after every read unlock (whose clock is kept under {@code readers}).
     */
    private void acquired(Goroutine g, Run rt, boolean write) {
        rt.events.lock(g, ref());
        if (rt.race != null) {
            rt.race.acquire(g, this);
            if (write) {
                rt.race.acquire(g, readers);
            }
        }
        rt.events.deliver();
    }

    /**
     * Releases the write lock: {@code rw.Unlock()}.
     *
     * @throws Panic "sync: Unlock of unlocked RWMutex"
     */
    public void unlock() {
        release(true);
    }

    /**
     * Releases one read lock: {@code rw.RUnlock()}.
     *
     * @throws Panic "sync: RUnlock of unlocked RWMutex"
     */
    public void runlock() {
        release(false);
    }

    private void release(boolean write) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, write, (rw, w) -> (w ? "unlock " : "runlock ") + rw.identity.label);
        List<Waiter> wake = new ArrayList<>(2);
        lock.lock();
        if (write ? !writer : activeReaders == 0) {
            lock.unlock();
            throw new Panic(write ? "sync: Unlock of unlocked RWMutex" : "sync: RUnlock of unlocked RWMutex");
        }
        if (rt.race != null) {
            rt.race.release(g, write ? this : readers);   // before anyone can take the lock
        }
        if (write) {
            writer = false;
        } else {
            activeReaders--;
        }
        if (!writer && activeReaders == 0 || write) {
            // a writer's unlock admits the waiting readers first; otherwise the next writer
            Waiter w;
            if (write && !readers.isEmpty()) {
                while ((w = readers.dequeue()) != null) {
                    activeReaders++;
                    wake.add(w);
                }
            } else if (activeReaders == 0 && (w = writers.dequeue()) != null) {
                writer = true;
                wake.add(w);
            } else if (writers.isEmpty()) {
                while ((w = readers.dequeue()) != null) {
                    activeReaders++;
                    wake.add(w);
                }
            }
        }
        rt.events.unlock(g, ref());
        lock.unlock();
        for (Waiter w : wake) {
            Channel.wake(g, w);
        }
        rt.events.deliver();
    }

    @Override
    public String toString() {
        return identity.label;
    }
}
