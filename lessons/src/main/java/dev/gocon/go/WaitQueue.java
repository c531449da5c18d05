package dev.gocon.go;

/* A FIFO of waiters, guarded by its owner's lock. */
final class WaitQueue {
    private Waiter first;
    private Waiter last;

    boolean isEmpty() {
        return first == null;
    }

    void enqueue(Waiter w) {
        w.next = null;
        w.prev = last;
        if (last == null) {
            first = w;
        } else {
            last.next = w;
        }
        last = w;
        w.queued = true;
    }

    void remove(Waiter w) {
        if (!w.queued) {
            return;
        }
        if (w.prev == null) {
            first = w.next;
        } else {
            w.prev.next = w.next;
        }
        if (w.next == null) {
            last = w.prev;
        } else {
            w.next.prev = w.prev;
        }
        w.next = w.prev = null;
        w.queued = false;
    }

    /** Removes and returns the first waiter that can still be woken (select losers are dropped). */
    Waiter dequeue() {
        while (true) {
            Waiter w = first;
            if (w == null) {
                return null;
            }
            remove(w);
            if (!w.isSelect || w.g.claimSelect(w)) {
                return w;
            }
        }
    }

    /** The first waiter that can still be woken, without removing it; may return a select loser. */
    Waiter peekLive() {
        for (Waiter w = first; w != null; w = w.next) {
            if (!w.isSelect || w.g.selectDone == 0) {
                return w;
            }
        }
        return null;
    }
}
