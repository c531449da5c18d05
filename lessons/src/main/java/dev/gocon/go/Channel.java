package dev.gocon.go;

import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceEvent.BlockReason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A typed conduit between goroutines: Go's {@code chan T}.
 *
 * <p>A channel is like a counter between a kitchen and its waiters. An <em>unbuffered</em> channel
 * ({@link #make()}) has no counter space at all: a cook holding a plate waits until a waiter takes it
 * from hand to hand (a rendezvous). A <em>buffered</em> channel ({@link #make(int)}) has room for
 * {@code capacity} plates: cooks wait only when the counter is full, waiters only when it is empty.
 * Values come out in the order they went in.
 *
 * <pre>{@code
 * Channel<String> orders = Channel.make("orders");
 * Go.go("chef", () -> {
 *     for (var dish : List.of("soup", "pie")) orders.send(dish);
 *     orders.close();
 * });
 * for (var dish : orders) System.out.println("served " + dish);   // for dish := range orders
 * }</pre>
 *
 * <p>The operations in the four forms, as {@link java.util.concurrent.BlockingQueue} names them:
 * <table class="striped">
 *   <caption>Channel operations</caption>
 *   <tr><td></td><th>Throws (panics)</th><th>Special value</th><th>Blocks</th><th>Times out</th></tr>
 *   <tr><th>Send</th><td>{@link #send} on a closed channel</td><td>{@link #trySend(Object)}: false</td>
 *       <td>{@link #send(Object)}</td><td>{@link #trySend(Object, Duration)}</td></tr>
 *   <tr><th>Receive</th><td>never</td><td>{@link #tryReceive()}: null</td>
 *       <td>{@link #receive()}, {@link #receiveOk()}</td><td>{@link #tryReceive(Duration)}</td></tr>
 *   <tr><th>Close</th><td>{@link #close} twice, or of {@link #nil()}</td><td>-</td><td>never</td>
 *       <td>-</td></tr>
 * </table>
 *
 * <p>What blocks, exactly as in Go:
 * <ul>
 *   <li>an unbuffered send blocks until a receiver takes the value; a buffered send blocks only while
 *       the buffer is full;</li>
 *   <li>a receive blocks while there is nothing to take: no buffered value and no waiting sender;</li>
 *   <li>receiving from a closed channel never blocks: buffered values drain first, then it returns
 *       null (the zero value) with {@code ok == false};</li>
 *   <li>sending on a closed channel panics with {@code "send on closed channel"}, also for a sender
 *       that was blocked when the channel closed; closing twice panics with
 *       {@code "close of closed channel"};</li>
 *   <li>every operation on the {@link #nil()} channel blocks forever (closing it panics with
 *       {@code "close of nil channel"}), and a select never chooses it.</li>
 * </ul>
 *
 * <p><b>Sending to a closed channel.</b> Only the sender should close a channel, once, when it has
 * nothing more to send: a close tells receivers "no more", it is not needed to free anything.
 *
 * <p>Memory consistency effects: actions in a goroutine before it sends a value
 * <i>happen-before</i> the receive of that value completes in another goroutine; closing a channel
 * happens-before a receive that returns because the channel is closed; for an unbuffered channel, the
 * receive happens-before the send completes.
 *
 * @param <T> the element type; values may be null, though null is also what a closed channel yields
 */
public final class Channel<T> implements SendChannel<T>, ReceiveChannel<T> {

    /*
     * Implementation notes. This follows Go's runtime/chan.go: one lock per channel, a ring buffer, and
     * FIFO queues of waiting senders and receivers (Waiter = Go's sudog). A value goes straight from a
     * sender to a waiting receiver without touching the buffer; a receiver that finds the buffer full
     * and a sender waiting takes the head and moves the sender's value to the tail, keeping FIFO. A
     * goroutine that must block enqueues its Waiter, releases the lock and parks through the
     * scheduler; the goroutine that completes its operation dequeues it, fills in the result and
     * unparks it. Message ids (for the trace) travel with the values in a parallel array, which
     * only a traced run creates: an untraced run's messages have no ids, and its senders and
     * receivers then share one cache line less per message.
     *
     * Traced and untraced runs differ in one thing: when the goroutine that waited is woken. An
     * untraced run wakes it after the unlock, as Go does, which keeps the lock's hold short. A traced
     * run wakes it before the unlock (wakeNowIfTraced), so that the hand-off and the wake are one step
     * under the lock, with one clock reading: the Wake that the trace shows at the Send's instant
     * happened within that step, and the run reads the clock once per hand-off instead of twice
     * (docs/performance.md, the seventh session).
     */

    /** Numbers the channels of the whole process, in creation order: see {@link #lockRank}. */
    private static final AtomicLong LOCK_RANKS = new AtomicLong();

    private static final Channel<?> NIL = new Channel<>(0, "nil", 0, true);
    /** Returned by sendLocked when a receiver that looked ready was taken by another select meanwhile. */
    static final Waiter NOT_READY = new Waiter();
    /** Returned by recvLocked likewise. */
    static final Object NOTHING = new Object();

    private final long id;
    /**
     * Where this channel comes in the order in which a select locks its channels. Unlike {@link #id},
     * which numbers the channels of one run (so that a trace reads {@code chan-1} in every run), it is
     * unique in the process: a select over channels of two runs with equal ids still locks them in one
     * order, and two such selects cannot each hold the lock the other waits for.
     */
    final long lockRank = LOCK_RANKS.incrementAndGet();
    private final String label;
    private final int capacity;
    private final Object[] buf;
    /** The message ids of the buffered values, slot by slot; null until a traced run buffers one. */
    private long[] msgs;
    private final boolean isNil;
    final SpinLock lock = new SpinLock();
    final WaitQueue recvq = new WaitQueue();
    final WaitQueue sendq = new WaitQueue();
    private int head;
    private int count;
    private boolean closed;
    private TraceEvent.Ref ref;
    /**
     * The class of the first value sent while a trace was recorded, so that the trace can show a
     * receive from a closed channel with Go's zero value for that type ({@code ""} for a string)
     * rather than Java's {@code null}. Written once, under {@link #lock}.
     */
    private volatile Class<?> elementClass;

    private Channel(long id, String label, int capacity, boolean isNil) {
        this.id = id;
        this.label = label;
        this.capacity = capacity;
        this.buf = capacity == 0 ? null : new Object[capacity];
        this.isNil = isNil;
    }

    private static <T> Channel<T> create(String name, int capacity) {
        if (capacity < 0) {
            throw new Panic("makechan: size out of range");
        }
        Goroutine g = Goroutine.currentOrNull();
        Run rt = g == null ? Run.DEFAULT : g.run;
        long id = rt.nextObjectId();
        return new Channel<>(id, name == null || name.isEmpty() ? "chan-" + id : name, capacity, false);
    }

    /** An unbuffered channel: {@code make(chan T)}. Each send waits for a receiver. */
    public static <T> Channel<T> make() {
        return create(null, 0);
    }

    /** A channel with a buffer of {@code capacity} values: {@code make(chan T, capacity)}; 0 is unbuffered. */
    public static <T> Channel<T> make(int capacity) {
        return create(null, capacity);
    }

    /** An unbuffered channel labelled {@code name} in traces and dumps. */
    public static <T> Channel<T> make(String name) {
        return create(name, 0);
    }

    /** A buffered channel labelled {@code name} in traces and dumps. */
    public static <T> Channel<T> make(String name, int capacity) {
        return create(name, capacity);
    }

    /** The nil channel: {@code var ch chan T}. Sends and receives block forever; a select skips it. */
    @SuppressWarnings("unchecked")
    public static <T> Channel<T> nil() {
        return (Channel<T>) NIL;
    }

    /** This channel as a send-only view ({@code chan<- T}). */
    public SendChannel<T> sendOnly() {
        return this;
    }

    /** This channel as a receive-only view ({@code <-chan T}). */
    public ReceiveChannel<T> receiveOnly() {
        return this;
    }

    /** The label used in traces and dumps: the given name, or {@code chan-N}. */
    public String label() {
        return label;
    }

    boolean isNil() {
        return isNil;
    }

    long id() {
        return id;
    }

    TraceEvent.Ref ref() {
        TraceEvent.Ref r = ref;
        if (r == null) {
            ref = r = new TraceEvent.Ref(id, label);
        }
        return r;
    }

    // ---- sending ----

    /**
     * Sends {@code value}: {@code ch <- value}. Blocks until a receiver takes it (unbuffered) or there
     * is room in the buffer.
     *
     * @throws Panic "send on closed channel" if the channel is closed, or closes while this waits
     */
    @Override
    public void send(T value) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, value, Channel::describeSend);
        if (isNil) {
            blockForever(g, BlockReason.NIL_CHANNEL, "send on nil channel");
        }
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new Panic("send on closed channel");
        }
        Waiter ready = sendLocked(g, value);
        if (ready != NOT_READY) {
            lock.unlock();
            wakeAndDeliver(g, ready);
            return;
        }
        Waiter w = g.waiter().set(g, value, rt.events.nextMessage());
        sendq.enqueue(w);
        String detail = capacity == 0 ? "no receiver" : "buffer full";
        g.blockOn(BlockReason.SEND, ref(), detail);
        rt.events.block(g, BlockReason.SEND, ref(), detail);
        lock.unlock();
        parkForHandOver(g);
        if (!w.success) {
            throw new Panic("send on closed channel");
        }
    }

    /**
     * Sends {@code value} only if a receiver is waiting or the buffer has room: the {@code default}
     * branch of a one-case select.
     *
     * @return true if sent, false if the send would block
     * @throws Panic "send on closed channel" if the channel is closed
     */
    @Override
    public boolean trySend(T value) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, value, (ch, v) -> "try " + ch.describeSend(v));
        if (isNil) {
            return false;
        }
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new Panic("send on closed channel");
        }
        Waiter w = sendLocked(g, value);
        lock.unlock();
        if (w == NOT_READY) {
            return false;
        }
        wakeAndDeliver(g, w);
        return true;
    }

    /**
     * Sends {@code value}, waiting at most {@code timeout} (a select with {@code time.After}).
     *
     * @return true if sent, false if the time ran out first
     * @throws Panic "send on closed channel" if the channel is closed
     */
    public boolean trySend(T value, Duration timeout) {
        boolean[] sent = {false};
        Select.select(Select.send(this, value, () -> sent[0] = true),
                Select.receive(Go.after(timeout), t -> { }));
        return sent[0];
    }

    // ---- receiving ----

    /**
     * Receives a value: {@code v := <-ch}. Blocks until a value is there; returns null (the zero
     * value) at once if the channel is closed and drained.
     */
    @Override
    public T receive() {
        Goroutine g = Goroutine.current();
        return receive(g);
    }

    @SuppressWarnings("unchecked")
    private T receive(Goroutine g) {
        Run rt = g.run;
        rt.beforeOperation(g, this, Channel::describeReceive);
        if (isNil) {
            blockForever(g, BlockReason.NIL_CHANNEL, "receive from nil channel");
        }
        lock.lock();
        Object got = recvLocked(g);
        if (got != NOTHING) {
            Waiter w = g.param;
            g.param = null;
            lock.unlock();
            wakeAndDeliver(g, w);
            return (T) got;
        }
        Waiter w = g.waiter().set(g, null, 0);
        recvq.enqueue(w);
        String detail = capacity == 0 ? "no sender" : "buffer empty";
        g.blockOn(BlockReason.RECEIVE, ref(), detail);
        rt.events.block(g, BlockReason.RECEIVE, ref(), detail);
        lock.unlock();
        parkForHandOver(g);
        g.lastOk = w.success;
        Object v = w.elem;
        w.elem = null;
        if (!w.success) {
            rt.events.receiveClosed(g, this);
            rt.events.deliver();
        }
        return (T) v;
    }

    /** Receives {@code v, ok := <-ch}: {@code ok} is false once the channel is closed and drained. */
    @Override
    public Received<T> receiveOk() {
        Goroutine g = Goroutine.current();
        T v = receive(g);
        return new Received<>(v, g.lastOk);
    }

    /**
     * Receives only if that need not block.
     *
     * @return the value received, {@code (null, false)} if closed and drained, or null if it would block
     */
    @Override
    @SuppressWarnings("unchecked")
    public Received<T> tryReceive() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, ch -> "try " + ch.describeReceive());
        if (isNil) {
            return null;
        }
        lock.lock();
        Object v = recvLocked(g);
        if (v == NOTHING) {
            lock.unlock();
            return null;
        }
        Waiter w = g.param;
        g.param = null;
        lock.unlock();
        wakeAndDeliver(g, w);
        return new Received<>((T) v, g.lastOk);
    }

    /**
     * Receives, waiting at most {@code timeout}.
     *
     * @return the value received, {@code (null, false)} if closed and drained, or null if the time ran out
     */
    @SuppressWarnings("unchecked")
    public Received<T> tryReceive(Duration timeout) {
        Object[] got = {null};
        Select.select(Select.receive(this, (v, ok) -> got[0] = new Received<>(v, ok)),
                Select.receive(Go.after(timeout), t -> { }));
        return (Received<T>) got[0];
    }

    /** Ranges over the channel: {@code for v := range ch}; ends when it is closed and drained. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T next;
            private boolean fetched;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    Goroutine g = Goroutine.current();
                    next = receive(g);
                    more = g.lastOk;
                    fetched = true;
                }
                return more;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                T v = next;
                next = null;
                return v;
            }
        };
    }

    // ---- closing and state ----

    /**
     * Closes the channel: {@code close(ch)}. Waiting receivers get the zero value with
     * {@code ok == false}; waiting senders panic. Never blocks.
     *
     * @throws Panic "close of closed channel", or "close of nil channel" for {@link #nil()}
     */
    @Override
    public void close() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, ch -> "close " + ch.label + (ch.closed ? " (will panic: already closed)" : ""));
        if (isNil) {
            throw new Panic("close of nil channel");
        }
        closeInternal(rt, g);
    }

    /** Closes from a goroutine ({@code by}) or a timer (null): no scheduling point. */
    void closeInternal(Run rt, Goroutine by) {
        List<Waiter> woken = new ArrayList<>();
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new Panic("close of closed channel");
        }
        closed = true;
        rt.events.close(by, this);
        if (rt.race != null) {
            rt.race.closed(by, this);
        }
        Waiter w;
        while ((w = recvq.dequeue()) != null) {
            w.elem = null;
            w.success = false;
            if (rt.race != null) {
                rt.race.sawClosed(w.g, this);   // on behalf of the parked receiver
            }
            woken.add(w);
        }
        while ((w = sendq.dequeue()) != null) {
            w.success = false;
            woken.add(w);
        }
        lock.unlock();
        for (Waiter x : woken) {
            wake(by, x);
        }
        rt.events.deliver();
    }

    /** The number of values in the buffer: {@code len(ch)}. */
    @Override
    public int len() {
        lock.lock();
        int n = count;
        lock.unlock();
        return n;
    }

    /** The buffer's capacity: {@code cap(ch)}; 0 for unbuffered. */
    @Override
    public int cap() {
        return capacity;
    }

    @Override
    public String toString() {
        return label;
    }

    // ---- the internals, shared with Select; all *Locked methods run under `lock` ----

    boolean sendReadyLocked() {
        return closed || count < capacity || recvq.peekLive() != null;
    }

    boolean recvReadyLocked() {
        return count > 0 || closed || sendq.peekLive() != null;
    }

    boolean closedLocked() {
        return closed;
    }

    /**
     * Sends on an open channel: to a waiting receiver (returned, to be woken) or into the buffer
     * (returns null); {@link #NOT_READY} if neither is possible.
     */
    Waiter sendLocked(Goroutine g, Object value) {
        Run rt = g.run;
        if (rt.tracing() && elementClass == null && value != null) {
            elementClass = value.getClass();
        }
        Waiter w = recvq.dequeue();
        if (w == null && count >= capacity) {
            return NOT_READY;
        }
        long msg = rt.events.nextMessage();
        if (w != null) {
            w.elem = value;
            w.msg = msg;
            w.success = true;
            rt.events.handOff(g.who(), w.g.who(), this, value, msg, count, false);
            if (rt.race != null) {
                rt.race.sent(g, this, w.g);
            }
            return wakeNowIfTraced(rt, w);
        }
        putBuffered(value, msg);
        rt.events.send(g.who(), this, value, msg, count);
        if (rt.race != null) {
            rt.race.sent(g, this, null);
        }
        return null;
    }

    /**
     * Receives; sets {@code g.lastOk}, and {@code g.param} to a sender to wake. Returns
     * {@link #NOTHING} if there was nothing to receive.
     */
    /**
     * How the trace shows the value of a receive from a closed channel: Go's zero value of the
     * element type, as far as the values sent so far tell it ({@code ""}, {@code 0}, {@code false}),
     * else {@code <nil>}.
     */
    String zeroText() {
        Class<?> c = elementClass;
        if (c == String.class) {
            return "\"\"";
        }
        if (c == Boolean.class) {
            return "false";
        }
        if (c != null && (Number.class.isAssignableFrom(c) || c == Character.class)) {
            return "0";
        }
        return "<nil>";
    }

    Object recvLocked(Goroutine g) {
        Run rt = g.run;
        g.param = null;
        if (count == 0 && closed) {
            g.lastOk = false;
            rt.events.receiveClosed(g, this);
            if (rt.race != null) {
                rt.race.sawClosed(g, this);
            }
            return null;
        }
        Waiter w = sendq.dequeue();
        if (w == null && count == 0) {
            return NOTHING;
        }
        Object v;
        long msg;
        if (w != null && capacity == 0) {
            v = w.elem;
            msg = w.msg;
            rt.events.handOff(w.g.who(), g.who(), this, v, msg, 0, true);
        } else {
            v = buf[head];
            msg = msgs == null ? 0 : msgs[head];
            if (w != null) {
                // the buffer is full: take the head, put the waiting sender's value at the tail
                buf[head] = w.elem;
                storeMessage(head, w.msg);
                if (++head == capacity) {
                    head = 0;
                }
                rt.events.send(w.g.who(), this, w.elem, w.msg, count);
            } else {
                buf[head] = null;
                if (++head == capacity) {
                    head = 0;
                }
                count--;
            }
            rt.events.receive(g, this, v, msg, count);
        }
        if (w != null) {
            w.success = true;
            w.elem = null;
        }
        g.lastOk = true;
        if (rt.race != null) {
            rt.race.received(g, this, w == null ? null : w.g);
        }
        if (w != null) {
            if (capacity != 0) {
                rt.events.wake(g.who(), w.g.who());   // a hand-off records its own
            }
            g.param = wakeNowIfTraced(rt, w);
        }
        return v;
    }

    /** Puts {@code value} at the tail of the buffer, which has room. */
    private void putBuffered(Object value, long msg) {
        int tail = head + count;
        if (tail >= capacity) {
            tail -= capacity;
        }
        buf[tail] = value;
        storeMessage(tail, msg);
        count++;
    }

    /** Stores the message id of the value in {@code slot}; an untraced run (id 0) stores none. */
    private void storeMessage(int slot, long msg) {
        if (msg != 0 && msgs == null) {
            msgs = new long[capacity];
        }
        if (msgs != null) {
            msgs[slot] = msg;   // also 0: a slot must not keep the id of an earlier traced value
        }
    }

    /** A timer's send of a tick, outside any goroutine; drops the value if it cannot go at once. */
    void deliverFromTimer(Run rt, Object value) {
        lock.lock();
        Waiter w = closed ? null : recvq.dequeue();
        if (closed || w == null && count >= capacity) {
            lock.unlock();
            return;
        }
        long msg = rt.events.nextMessage();
        if (w != null) {
            w.elem = value;
            w.msg = msg;
            w.success = true;
        } else {
            putBuffered(value, msg);
        }
        if (rt.race != null) {
            rt.race.timerSent(this, w != null);
        }
        Waiter toWake = null;
        if (w != null) {
            rt.events.handOff(null, w.g.who(), this, value, msg, count, false);
            toWake = wakeNowIfTraced(rt, w);
        } else {
            rt.events.send(null, this, value, msg, count);
        }
        lock.unlock();
        if (toWake != null) {
            wake(null, toWake);
        }
        rt.events.deliver();
    }

    /**
     * Wakes the goroutine of {@code w}, whose operation was just completed under this channel's lock
     * and whose Wake event is already recorded, and returns null, if the run is traced; else returns
     * {@code w}, for the caller to {@link #wake} after the unlock. See the implementation notes.
     */
    private static Waiter wakeNowIfTraced(Run rt, Waiter w) {
        if (!rt.events.on()) {
            return w;
        }
        rt.sched.unpark(w.g.strand);
        return null;
    }

    /** Makes the waiting goroutine of {@code w} runnable; {@code by} is null for a timer. No lock held. */
    static void wake(Goroutine by, Waiter w) {
        Goroutine t = w.g;
        Run rt = t.run;
        rt.events.wake(by == null ? null : by.who(), t.who());
        rt.sched.unpark(t.strand);
    }

    /** Ends an operation of {@code g} that completed: wakes {@code w} if not null, delivers the events. */
    private static void wakeAndDeliver(Goroutine g, Waiter w) {
        if (w != null) {
            wake(g, w);
        }
        g.run.events.deliver();
    }

    /** Parks {@code g}, its events delivered first (its Block event must not wait for another goroutine). */
    static void park(Goroutine g) {
        park(g, false);
    }

    /**
     * Parks {@code g} in a plain send or receive, whose partner usually answers within microseconds:
     * the scheduler may spin first ({@link dev.gocon.sched.Scheduler#parkForHandOver}). Not for a
     * select, whose senders would spin for a receiver that serves one of them at a time.
     */
    private static void parkForHandOver(Goroutine g) {
        park(g, true);
    }

    private static void park(Goroutine g, boolean handOver) {
        g.run.events.deliver();
        if (handOver) {
            g.run.sched.parkForHandOver(g.strand);
        } else {
            g.run.sched.park(g.strand);
        }
        g.running();
    }

    static void blockForever(Goroutine g, BlockReason reason, String detail) {
        Run rt = g.run;
        g.blockOn(reason, NIL.ref(), detail);
        rt.events.block(g, reason, NIL.ref(), detail);
        rt.events.deliver();
        while (true) {
            rt.sched.park(g.strand);
        }
    }

    // ---- descriptions for the stepped scheduler (read while no other goroutine runs) ----

    String describeSend(Object value) {
        String op = "send " + label + " <- " + Run.show(value);
        if (isNil) {
            return op + " (will block forever: nil channel)";
        }
        if (closed) {
            return op + " (will panic: closed)";
        }
        if (!sendReadyLocked()) {
            return op + " (will block: " + (capacity == 0 ? "no receiver" : "buffer full") + ")";
        }
        return op;
    }

    String describeReceive() {
        String op = "receive <-" + label;
        if (isNil) {
            return op + " (will block forever: nil channel)";
        }
        if (!recvReadyLocked()) {
            return op + " (will block: " + (capacity == 0 ? "no sender" : "buffer empty") + ")";
        }
        if (count == 0 && closed) {
            return op + " (closed: zero value)";
        }
        return op;
    }
}
