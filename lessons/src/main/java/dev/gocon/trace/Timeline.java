package dev.gocon.trace;

import dev.gocon.trace.TraceState.GState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run cut into intervals, built event by event: for each goroutine the spans of time it spent in
 * each state, for each carrier the spans of time a goroutine ran on it, and every channel hand-over
 * (a value going from a sender to its receiver).
 *
 * <p>It is the run laid out like a Gantt chart, and the one model every view draws: the live view
 * while the run goes on, the SVG and HTML exports and the Chrome trace after it, and the presenter,
 * so that they cannot disagree.
 * <pre>{@code
 * Timeline timeline = new Timeline();
 * cursor.drain(timeline::apply);              // while the run goes on
 * timeline.lane(3).spans();                   // g3: RUNNING on carrier-1 from 0 to 1.2 ms, ...
 * timeline.end(report.endNanos(), leftBlocked); // after the run's last event
 * }</pre>
 * Each event costs a constant amount of work, so building the timeline of a run is O(events). The
 * current picture ({@link #state()}) is the {@link TraceState} the intervals were cut from.
 *
 * <p>Not thread-safe: one thread applies and reads.
 */
public final class Timeline {

    /**
     * A goroutine in one state from {@code start} to {@code end} (run nanoseconds): why it waited
     * ({@code reason}, Go's wait reason) and on what ({@code object}, or null), and, while running,
     * on which carrier ({@code ""} under the stepped scheduler).
     */
    public record Span(TraceEvent.Who who, GState state, long start, long end, TraceEvent.BlockReason reason,
                       TraceEvent.Ref object, String detail, String carrier) {

        /** How long it lasted. */
        public long duration() {
            return end - start;
        }

        /** What the span shows: {@code chan send orders}, {@code sleep 1s}, {@code running}. */
        public String label() {
            return switch (state) {
                case RUNNING -> "running";
                case RUNNABLE -> "runnable";
                case DONE -> "done";
                case PANICKED -> "panic";
                case SLEEPING -> detail.isEmpty() ? "sleep" : "sleep " + detail;
                default -> {
                    String what = reason == null ? state.name().toLowerCase() : reason.goLabel();
                    if (object != null) {
                        yield what + " " + object.label();
                    }
                    yield detail.isEmpty() ? what : what + " " + detail;
                }
            };
        }

        private Span until(long t) {
            return new Span(who, state, start, Math.max(start, t), reason, object, detail, carrier);
        }
    }

    /** A goroutine running on a carrier from {@code start} to {@code end}. */
    public record CarrierSpan(String carrier, TraceEvent.Who who, long start, long end) {}

    /**
     * A value that went from {@code sender} into {@code channel} at {@code sent} and came out at
     * {@code received} to {@code receiver}: at the same moment for an unbuffered channel (the pass),
     * later for a buffered one.
     */
    public record HandOver(TraceEvent.Ref channel, TraceEvent.Who sender, TraceEvent.Who receiver, String value,
                           long sent, long received) {}

    /** One goroutine's history: its closed spans, oldest first, and the one it is in now. */
    public static final class Lane {
        private final TraceState.TracedGoroutine goroutine;
        private final List<Span> closed = new ArrayList<>(4);
        private long[] handOvers = new long[0];
        private int handOverCount;
        private Span open;

        private Lane(TraceState.TracedGoroutine goroutine) {
            this.goroutine = goroutine;
        }

        /** The goroutine as the trace last saw it. */
        public TraceState.TracedGoroutine goroutine() {
            return goroutine;
        }

        /** Its spans up to {@code now}, oldest first; the last one ends at {@code now} if still open. */
        public List<Span> spans(long now) {
            if (open == null || open.state().finished()) {
                return Collections.unmodifiableList(closed);
            }
            List<Span> all = new ArrayList<>(closed.size() + 1);
            all.addAll(closed);
            all.add(open.until(now));
            return all;
        }

        /** Its closed spans, oldest first, without the one it is in now. */
        public List<Span> closedSpans() {
            return Collections.unmodifiableList(closed);
        }

        /** When it handed a value over or took one (a send meeting its receive), oldest first. */
        public long[] handOverTimes() {
            return java.util.Arrays.copyOf(handOvers, handOverCount);
        }

        private void handedOver(long t) {
            if (handOverCount == handOvers.length) {
                handOvers = java.util.Arrays.copyOf(handOvers, Math.max(4, handOverCount * 2));
            }
            handOvers[handOverCount++] = t;
        }

        /** The span it is in now (open ended), or null before its first event. */
        public Span current() {
            return open;
        }
    }

    private final TraceState state;
    private final Map<Long, Lane> lanes = new LinkedHashMap<>();
    private final Map<String, List<CarrierSpan>> carriers = new LinkedHashMap<>();
    private final Map<Long, CarrierSpan> onCarrier = new HashMap<>();
    private final Map<Long, TraceEvent.Send> inFlight = new HashMap<>();
    private final List<HandOver> handOvers = new ArrayList<>();
    private long end;
    private boolean ended;

    /** An empty timeline, to be fed with {@link #apply}. */
    public Timeline() {
        this.state = new TraceState(this::changed);
    }

    /** The timeline of a finished run's events, in recording order, ended at the last event. */
    public static Timeline of(List<TraceEvent> events) {
        Timeline timeline = new Timeline();
        events.forEach(timeline::apply);
        timeline.end(timeline.now(), null);
        return timeline;
    }

    /** Adds one event, in recording order. */
    public void apply(TraceEvent event) {
        state.apply(event);
        end = Math.max(end, event.nanos());
        String carrier = event.carrier();
        if (!carrier.isEmpty()) {
            carriers.computeIfAbsent(carrier, c -> new ArrayList<>());
        }
        TraceState.TracedGoroutine g = state.goroutine(event.who().id());
        if (g != null && g.state() == GState.RUNNING && !carrier.isEmpty()) {
            // A running goroutine seen on another carrier (it migrated): close its run there, open one here.
            CarrierSpan run = onCarrier.get(g.id());
            if (run == null || !run.carrier().equals(carrier)) {
                closeRun(g.id(), event.nanos());
                onCarrier.put(g.id(), new CarrierSpan(carrier, g.who(), event.nanos(), event.nanos()));
            }
        }
        switch (event) {
            case TraceEvent.Send e -> inFlight.put(e.message(), e);
            case TraceEvent.Receive e when e.ok() -> {
                TraceEvent.Send sent = inFlight.remove(e.message());
                if (sent != null) {
                    handOvers.add(new HandOver(e.channel(), sent.who(), e.who(), e.value(), sent.nanos(), e.nanos()));
                    Lane from = lanes.get(sent.who().id());
                    if (from != null) {
                        from.handedOver(sent.nanos());
                    }
                    Lane to = lanes.get(e.who().id());
                    if (to != null) {
                        to.handedOver(e.nanos());
                    }
                }
            }
            default -> { }
        }
    }

    /**
     * Ends the run at {@code nanos}: every goroutine still running or runnable was stopped by the end of
     * the run and is done; a goroutine in {@code leftBlocked} (ids; null for none) keeps its wait,
     * as the leak report says; any other waiting goroutine is done too, for its end was only counted
     * (past the recorder's bound). Further events are ignored.
     */
    public void end(long nanos, Set<Long> leftBlocked) {
        if (ended) {
            return;
        }
        end = Math.max(end, nanos);
        state.advanceTo(end);
        for (Lane lane : lanes.values()) {
            TraceState.TracedGoroutine g = lane.goroutine;
            boolean keepsWaiting = g.state().blocked() && (leftBlocked == null || leftBlocked.contains(g.id()));
            if (!g.state().finished() && !keepsWaiting) {
                state.finish(g, end);
            }
        }
        for (Long id : List.copyOf(onCarrier.keySet())) {
            closeRun(id, end);
        }
        ended = true;
    }

    private void changed(TraceState.TracedGoroutine g, GState from, GState to, long t) {
        if (ended) {
            return;
        }
        Lane lane = lanes.computeIfAbsent(g.id(), id -> new Lane(g));
        if (lane.open != null) {
            lane.closed.add(lane.open.until(t));
        }
        String detail = to == GState.SLEEPING && g.sleep() != null ? Durations.format(g.sleep()) : g.detail();
        lane.open = new Span(g.who(), to, t, t, g.reason(), g.waitingOn(), detail,
                to == GState.RUNNING ? g.carrier() : "");
        if (to.finished()) {
            lane.closed.add(lane.open);
        }
        if (from == GState.RUNNING) {
            closeRun(g.id(), t);
        }
        if (to == GState.RUNNING && !g.carrier().isEmpty()) {
            onCarrier.put(g.id(), new CarrierSpan(g.carrier(), g.who(), t, t));
        }
    }

    private void closeRun(long id, long t) {
        CarrierSpan run = onCarrier.remove(id);
        if (run != null) {
            carriers.computeIfAbsent(run.carrier(), c -> new ArrayList<>())
                    .add(new CarrierSpan(run.carrier(), run.who(), run.start(), Math.max(run.start(), t)));
        }
    }

    /** The current picture the intervals are cut from. */
    public TraceState state() {
        return state;
    }

    /** Every goroutine's lane, in the order first seen. */
    public Collection<Lane> lanes() {
        return Collections.unmodifiableCollection(lanes.values());
    }

    /** One goroutine's lane, or null. */
    public Lane lane(long id) {
        return lanes.get(id);
    }

    /** Every goroutine's spans up to {@link #now()} until it ended, by goroutine id then start. */
    public List<Span> spans() {
        List<Span> all = new ArrayList<>();
        for (TraceEvent.Who who : goroutines()) {
            for (Span span : lanes.get(who.id()).spans(end)) {
                if (!span.state().finished()) {
                    all.add(span);
                }
            }
        }
        return all;
    }

    /** Every carrier seen, in the order first seen. */
    public List<String> carriers() {
        return List.copyOf(carriers.keySet());
    }

    /** The runs of goroutines on {@code carrier}, by start, the current ones ending at {@link #now()}. */
    public List<CarrierSpan> carrierSpans(String carrier) {
        List<CarrierSpan> runs = new ArrayList<>(carriers.getOrDefault(carrier, List.of()));
        for (CarrierSpan run : onCarrier.values()) {
            if (run.carrier().equals(carrier)) {
                runs.add(new CarrierSpan(run.carrier(), run.who(), run.start(), Math.max(run.start(), end)));
            }
        }
        runs.sort(java.util.Comparator.comparingLong(CarrierSpan::start));
        return runs;
    }

    /** Every run on every carrier, by start. */
    public List<CarrierSpan> carrierSpans() {
        List<CarrierSpan> all = new ArrayList<>();
        for (String carrier : carriers.keySet()) {
            all.addAll(carrierSpans(carrier));
        }
        all.sort(java.util.Comparator.comparingLong(CarrierSpan::start).thenComparing(CarrierSpan::carrier));
        return all;
    }

    /** Every completed hand-over, in the order received. */
    public List<HandOver> handOvers() {
        return Collections.unmodifiableList(handOvers);
    }

    /** Every goroutine of the run, by id. */
    public List<TraceEvent.Who> goroutines() {
        List<TraceEvent.Who> all = new ArrayList<>();
        for (Lane lane : lanes.values()) {
            all.add(lane.goroutine.who());
        }
        all.sort(java.util.Comparator.comparingLong(TraceEvent.Who::id));
        return all;
    }

    /** The time of the latest event, or of the end of the run once {@link #end ended}. */
    public long now() {
        return end;
    }

    /** Lets the clock of a run still going move on without an event (the live view's now edge). */
    public void advanceTo(long nanos) {
        if (!ended) {
            state.advanceTo(nanos);
            end = Math.max(end, nanos);
        }
    }

    /** True once {@link #end} was called. */
    public boolean ended() {
        return ended;
    }
}
