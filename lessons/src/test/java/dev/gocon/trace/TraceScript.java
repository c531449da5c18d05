package dev.gocon.trace;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written run, a test fixture: builds a list of {@link TraceEvent}s step by step, for the
 * tests and golden files of the trace model and the renderers (the app's tests use it through this
 * module's test jar).
 *
 * <p>Like a screenplay, it says who does what, where and when, without running anything:
 * <pre>{@code
 * TraceScript s = new TraceScript();
 * Who main = TraceScript.g(1, "main"), chef = TraceScript.g(2, "chef-1");
 * Ref orders = TraceScript.ref(1, "orders");
 * s.at(0).start(main, "carrier-1").spawn(main, "carrier-1", chef)
 *  .at(1.5).send(main, "carrier-1", orders, "\"soup\"", 1, 4)
 *  .at(2).receive(chef, "carrier-2", orders, "\"soup\"", 0, 4);
 * List<TraceEvent> events = s.events();
 * }</pre>
 *
 * <p>Values are given as the runtime renders them ({@link GoText#show}): a string in quotes, a number
 * as it is. A send gets the next message id; a receive takes the id of the oldest value sent on that
 * channel and not yet received, as a channel would. Not thread-safe.
 */
public final class TraceScript {

    private final List<TraceEvent> events = new ArrayList<>();
    private final Map<Long, Deque<Long>> inFlight = new HashMap<>();
    private long nanos;
    private long nextMessage = 1;

    /** A goroutine. */
    public static TraceEvent.Who g(long id, String name) {
        return new TraceEvent.Who(id, name);
    }

    /** A channel, mutex or wait group. */
    public static TraceEvent.Ref ref(long id, String label) {
        return new TraceEvent.Ref(id, label);
    }

    /** Sets the clock for the next events, in milliseconds since the start of the run. */
    public TraceScript at(double millis) {
        this.nanos = Math.round(millis * 1_000_000);
        return this;
    }

    public TraceScript spawn(TraceEvent.Who who, String carrier, TraceEvent.Who child) {
        return add(new TraceEvent.Spawn(nanos, who, carrier, child));
    }

    public TraceScript start(TraceEvent.Who who, String carrier) {
        return add(new TraceEvent.Start(nanos, who, carrier));
    }

    public TraceScript block(TraceEvent.Who who, String carrier, TraceEvent.BlockReason reason,
                             TraceEvent.Ref object, String detail) {
        return add(new TraceEvent.Block(nanos, who, carrier, reason, object, detail));
    }

    public TraceScript wake(TraceEvent.Who who, String carrier, TraceEvent.Who woken) {
        return add(new TraceEvent.Wake(nanos, who, carrier, woken));
    }

    /**
     * A send of {@code value}, rendered as the runtime would ({@link GoText#show}); {@code len} and
     * {@code cap} are the buffer's state just after it.
     */
    public TraceScript send(TraceEvent.Who who, String carrier, TraceEvent.Ref channel, String value, int len,
                            int cap) {
        long message = nextMessage++;
        inFlight.computeIfAbsent(channel.id(), id -> new ArrayDeque<>()).addLast(message);
        return add(new TraceEvent.Send(nanos, who, carrier, channel, value, message, len, cap));
    }

    /** A successful receive of the oldest value in flight on the channel. */
    public TraceScript receive(TraceEvent.Who who, String carrier, TraceEvent.Ref channel, String value, int len,
                               int cap) {
        Deque<Long> queue = inFlight.get(channel.id());
        long message = queue == null || queue.isEmpty() ? 0 : queue.removeFirst();
        return add(new TraceEvent.Receive(nanos, who, carrier, channel, value, true, message, len, cap));
    }

    /** A receive of the zero value from a closed, drained channel. */
    public TraceScript receiveClosed(TraceEvent.Who who, String carrier, TraceEvent.Ref channel, String zero,
                                     int cap) {
        return add(new TraceEvent.Receive(nanos, who, carrier, channel, zero, false, 0, 0, cap));
    }

    public TraceScript close(TraceEvent.Who who, String carrier, TraceEvent.Ref channel) {
        return add(new TraceEvent.Close(nanos, who, carrier, channel));
    }

    public TraceScript select(TraceEvent.Who who, String carrier, int index, String description) {
        return add(new TraceEvent.SelectChoice(nanos, who, carrier, index, description));
    }

    public TraceScript lock(TraceEvent.Who who, String carrier, TraceEvent.Ref mutex) {
        return add(new TraceEvent.Lock(nanos, who, carrier, mutex));
    }

    public TraceScript unlock(TraceEvent.Who who, String carrier, TraceEvent.Ref mutex) {
        return add(new TraceEvent.Unlock(nanos, who, carrier, mutex));
    }

    public TraceScript sleep(TraceEvent.Who who, String carrier, Duration duration) {
        return add(new TraceEvent.Sleep(nanos, who, carrier, duration));
    }

    public TraceScript panic(TraceEvent.Who who, String carrier, String message) {
        return add(new TraceEvent.Panicked(nanos, who, carrier, message));
    }

    public TraceScript exit(TraceEvent.Who who, String carrier) {
        return add(new TraceEvent.Exit(nanos, who, carrier));
    }

    /** Adds any event as it is. */
    public TraceScript add(TraceEvent event) {
        events.add(event);
        return this;
    }

    /** The events so far, in order. */
    public List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /**
     * A moment part-way through {@link #kitchen()}, on the script's own time line (the nanoseconds
     * each scripted event carries, not a clock): tests cut the script there to look at a run in progress.
     */
    public static final long KITCHEN_MIDWAY_NANOS = 480_000;

    /** The events of {@link #kitchen()} up to {@link #KITCHEN_MIDWAY_NANOS}: the run in progress. */
    public static List<TraceEvent> kitchenMidway() {
        return kitchen().stream().filter(e -> e.nanos() <= KITCHEN_MIDWAY_NANOS).toList();
    }

    /**
     * The kitchen: two chefs on two carriers cook four dishes ordered by a waiter through a channel of
     * capacity 2, with every kind of block and wake. Used by renderer tests and as a documentation
     * example; every block is followed by its wake, and every goroutine exits.
     */
    public static List<TraceEvent> kitchen() {
        TraceEvent.Who main = g(1, "main");
        TraceEvent.Who waiter = g(2, "waiter");
        TraceEvent.Who chef1 = g(3, "chef-1");
        TraceEvent.Who chef2 = g(4, "chef-2");
        TraceEvent.Ref orders = ref(1, "orders");
        TraceEvent.Ref done = ref(2, "done");
        TraceEvent.Ref stove = ref(3, "stove");
        String c1 = "carrier-1";
        String c2 = "carrier-2";
        TraceScript s = new TraceScript();
        s.at(0).start(main, c1)
                .at(0.05).spawn(main, c1, waiter)
                .at(0.06).spawn(main, c1, chef1)
                .at(0.07).spawn(main, c1, chef2)
                .at(0.08).block(main, c1, TraceEvent.BlockReason.RECEIVE, done, "no sender")
                .at(0.10).start(waiter, c1)
                .at(0.11).start(chef1, c2)
                .at(0.12).block(chef1, c2, TraceEvent.BlockReason.RECEIVE, orders, "buffer empty")
                .at(0.20).send(waiter, c1, orders, q("soup"), 0, 2)
                .at(0.21).wake(waiter, c1, chef1)
                .at(0.30).send(waiter, c1, orders, q("cake"), 1, 2)
                .at(0.31).send(waiter, c1, orders, q("stew"), 2, 2)
                .at(0.32).block(waiter, c1, TraceEvent.BlockReason.SEND, orders, "buffer full")
                .at(0.40).receive(chef1, c2, orders, q("soup"), 2, 2)
                .at(0.41).lock(chef1, c2, stove)
                .at(0.42).sleep(chef1, c2, Duration.ofMillis(200))
                .at(0.45).start(chef2, c1)
                .at(0.46).receive(chef2, c1, orders, q("cake"), 1, 2)
                .at(0.47).wake(chef2, c1, waiter)
                .at(0.48).block(chef2, c1, TraceEvent.BlockReason.LOCK, stove, "held by g3")
                .at(0.50).send(waiter, c1, orders, q("pie"), 2, 2)
                .at(0.51).close(waiter, c1, orders)
                .at(0.52).exit(waiter, c1)
                .at(0.62).wake(chef1, c2, chef1)
                .at(0.63).unlock(chef1, c2, stove)
                .at(0.64).wake(chef1, c2, chef2)
                .at(0.65).lock(chef2, c1, stove)
                .at(0.66).receive(chef1, c2, orders, q("stew"), 1, 2)
                .at(0.70).receive(chef1, c2, orders, q("pie"), 0, 2)
                .at(0.71).receiveClosed(chef1, c2, orders, q(""), 2)
                .at(0.72).send(chef1, c2, done, "true", 0, 0)
                .at(0.73).wake(chef1, c2, main)
                .at(0.74).exit(chef1, c2)
                .at(0.80).unlock(chef2, c1, stove)
                .at(0.81).select(chef2, c1, 1, "<-orders")
                .at(0.82).panic(chef2, c1, "burnt the cake")
                .at(0.83).receive(main, c2, done, "true", 0, 0)
                .at(0.90).exit(main, c2);
        return s.events();
    }

    /** A string value as the runtime renders it. */
    private static String q(String s) {
        return GoText.show(s);
    }
}
