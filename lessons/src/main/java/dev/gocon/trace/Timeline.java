package dev.gocon.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finished run cut into intervals: for each goroutine, the spans of time it spent in each state, and
 * for each carrier, the spans of time a goroutine ran on it.
 *
 * <p>It is the run laid out like a Gantt chart, which is what the exports draw:
 * <pre>{@code
 * Timeline timeline = Timeline.of(recorder.events());
 * for (Timeline.Span span : timeline.spans()) ...   // g3 BLOCKED_SEND from 1.2 ms to 3.4 ms
 * }</pre>
 *
 * <p>Immutable once built.
 */
public final class Timeline {

    /** A goroutine in one state from {@code start} to {@code end} (run nanoseconds). */
    public record Span(TraceEvent.Who who, TraceState.GState state, long start, long end, String label) {}

    /** A goroutine running on a carrier from {@code start} to {@code end}. */
    public record CarrierSpan(String carrier, TraceEvent.Who who, long start, long end) {}

    private final List<Span> spans;
    private final List<CarrierSpan> carrierSpans;
    private final List<TraceEvent.Who> goroutines;
    private final List<String> carriers;
    private final long end;

    private Timeline(List<Span> spans, List<CarrierSpan> carrierSpans, List<TraceEvent.Who> goroutines,
                     List<String> carriers, long end) {
        this.spans = List.copyOf(spans);
        this.carrierSpans = List.copyOf(carrierSpans);
        this.goroutines = List.copyOf(goroutines);
        this.carriers = List.copyOf(carriers);
        this.end = end;
    }

    /** Cuts a run's events, in recording order, into spans. */
    public static Timeline of(List<TraceEvent> events) {
        List<Span> spans = new ArrayList<>();
        List<CarrierSpan> carrierSpans = new ArrayList<>();
        Map<Long, Span> open = new HashMap<>();
        Map<Long, CarrierSpan> onCarrier = new HashMap<>();
        Set<String> carriers = new LinkedHashSet<>();

        TraceState.Listener listener = (g, from, to, t) -> {
            Span previous = open.remove(g.id());
            if (previous != null) {
                spans.add(new Span(previous.who(), previous.state(), previous.start(), t, previous.label()));
            }
            if (!to.finished()) {
                open.put(g.id(), new Span(g.who(), to, t, t, label(g, to)));
            }
            if (from == TraceState.GState.RUNNING) {
                CarrierSpan run = onCarrier.remove(g.id());
                if (run != null) {
                    carrierSpans.add(new CarrierSpan(run.carrier(), run.who(), run.start(), t));
                }
            }
            if (to == TraceState.GState.RUNNING && !g.carrier().isEmpty()) {
                onCarrier.put(g.id(), new CarrierSpan(g.carrier(), g.who(), t, t));
            }
        };
        TraceState state = new TraceState(listener);
        for (TraceEvent event : events) {
            state.apply(event);
            if (!event.carrier().isEmpty()) {
                carriers.add(event.carrier());
            }
            // A running goroutine seen on another carrier: close its run there, open one here.
            TraceState.Goroutine g = state.goroutine(event.who().id());
            CarrierSpan run = onCarrier.get(g.id());
            if (g.state() == TraceState.GState.RUNNING && !g.carrier().isEmpty()
                    && (run == null || !run.carrier().equals(g.carrier()))) {
                if (run != null) {
                    carrierSpans.add(new CarrierSpan(run.carrier(), run.who(), run.start(), event.nanos()));
                }
                onCarrier.put(g.id(), new CarrierSpan(g.carrier(), g.who(), event.nanos(), event.nanos()));
            }
        }
        long end = state.lastNanos();
        for (Span span : open.values()) {
            spans.add(new Span(span.who(), span.state(), span.start(), end, span.label()));
        }
        for (CarrierSpan run : onCarrier.values()) {
            carrierSpans.add(new CarrierSpan(run.carrier(), run.who(), run.start(), end));
        }
        spans.sort(Comparator.comparingLong((Span s) -> s.who().id()).thenComparingLong(Span::start));
        carrierSpans.sort(Comparator.comparingLong(CarrierSpan::start)
                .thenComparing(CarrierSpan::carrier));
        List<TraceEvent.Who> goroutines = new ArrayList<>();
        for (TraceState.Goroutine g : state.goroutines()) {
            goroutines.add(g.who());
        }
        goroutines.sort(Comparator.comparingLong(TraceEvent.Who::id));
        return new Timeline(spans, carrierSpans, goroutines, new ArrayList<>(carriers), end);
    }

    /** What a span shows: {@code chan send orders}, {@code sleep 1s}, {@code running}. */
    static String label(TraceState.Goroutine g, TraceState.GState state) {
        return switch (state) {
            case RUNNING -> "running";
            case RUNNABLE -> "runnable";
            case SLEEPING -> g.sleep() == null ? "sleep" : "sleep " + Durations.format(g.sleep());
            case DONE -> "done";
            case PANICKED -> "panic";
            default -> {
                String what = g.reason() == null ? state.name().toLowerCase() : g.reason().goLabel();
                yield g.waitingOn() == null ? what : what + " " + g.waitingOn().label();
            }
        };
    }

    /** Every goroutine's spans, by goroutine id then start. */
    public List<Span> spans() {
        return spans;
    }

    /** Every run of a goroutine on a carrier, by start. */
    public List<CarrierSpan> carrierSpans() {
        return carrierSpans;
    }

    /** Every goroutine of the run, by id. */
    public List<TraceEvent.Who> goroutines() {
        return goroutines;
    }

    /** Every carrier of the run, in the order first seen. */
    public List<String> carriers() {
        return carriers;
    }

    /** The time of the last event. */
    public long end() {
        return end;
    }
}
