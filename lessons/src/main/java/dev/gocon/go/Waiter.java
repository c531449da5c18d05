package dev.gocon.go;

/*
 * A goroutine waiting in a queue of a channel or lock: Go's sudog. For a select, one Waiter per case,
 * all pointing at the same goroutine; the first waker to win the goroutine's selectDone flag owns it.
 */
final class Waiter {
    Goroutine g;
    Object elem;
    long msg;
    boolean success;
    boolean isSelect;
    int caseIndex;
    Channel<?> chan;
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
