package dev.gocon.go;

/*
 * A goroutine waiting in a queue of a channel or lock: Go's sudog. For a select, one Waiter per case,
 * all pointing at the same goroutine; the first waker to win the goroutine's selectDone flag owns it.
 * A goroutine reuses its waiters (Goroutine.waiter, Goroutine.selectWaiters): when its operation
 * returns, none of them is in a queue any more and no waker holds one. The fields are few on purpose:
 * every goroutine parked on a channel keeps one (40 bytes; the select finds a waiter's case by its
 * place in its array).
 */
final class Waiter {
    Goroutine g;
    Object elem;
    long msg;
    boolean success;
    boolean isSelect;
    Waiter next;
    Waiter prev;
    boolean queued;

    Waiter set(Goroutine g, Object elem, long msg) {
        this.g = g;
        this.elem = elem;
        this.msg = msg;
        this.success = false;
        this.isSelect = false;
        return this;
    }
}
