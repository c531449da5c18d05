package dev.gocon.app.render.trace;

import dev.gocon.app.json.Json;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.Timeline;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run in the Chrome trace event format, which ui.perfetto.dev and chrome://tracing open.
 *
 * <p>The file has two processes: {@code carriers} (pid 1), with one thread track per carrier showing
 * which goroutine ran on it when, and {@code goroutines} (pid 2), with one track per goroutine
 * ({@code tid} = goroutine id) showing its states as slices ({@code running}, {@code chan send orders},
 * {@code sleep 200ms}...). Each channel operation, lock and select is a short slice inside its
 * goroutine's track, and each send is joined to its receive by a flow arrow ({@code ph: "s"} on the
 * send, {@code ph: "f"} on the receive, both with the event's message id as flow id). Spawns, wakes
 * and panics are instant events. Times are microseconds since the start of the run.
 */
public final class ChromeTraceExport {

    static final int CARRIERS_PID = 1;
    static final int GOROUTINES_PID = 2;
    /** An operation's slice lasts at most this long, and never past its goroutine's next event. */
    private static final long OP_NANOS = 1_000;

    private ChromeTraceExport() {
    }

    /** Writes the events of one run, in recording order, as one JSON object. */
    public static void write(List<TraceEvent> events, Writer out) throws IOException {
        Timeline timeline = Timeline.of(events);
        List<String> lines = new ArrayList<>();
        meta(lines, CARRIERS_PID, 0, "process_name", "name", Json.quote("carriers"));
        meta(lines, CARRIERS_PID, 0, "process_sort_index", "sort_index", "0");
        Map<String, Integer> carrierTid = new HashMap<>();
        for (String carrier : timeline.carriers()) {
            int tid = carrierTid.size() + 1;
            carrierTid.put(carrier, tid);
            meta(lines, CARRIERS_PID, tid, "thread_name", "name", Json.quote(carrier));
            meta(lines, CARRIERS_PID, tid, "thread_sort_index", "sort_index", Integer.toString(tid));
        }
        meta(lines, GOROUTINES_PID, 0, "process_name", "name", Json.quote("goroutines"));
        meta(lines, GOROUTINES_PID, 0, "process_sort_index", "sort_index", "1");
        for (TraceEvent.Who g : timeline.goroutines()) {
            meta(lines, GOROUTINES_PID, g.id(), "thread_name", "name", Json.quote(g.toString()));
            meta(lines, GOROUTINES_PID, g.id(), "thread_sort_index", "sort_index", Long.toString(g.id()));
        }
        for (Timeline.CarrierSpan run : timeline.carrierSpans()) {
            lines.add(slice(CARRIERS_PID, carrierTid.get(run.carrier()), run.start(), run.end() - run.start(),
                    run.who().toString(), "run", "{\"goroutine\":" + run.who().id() + "}"));
        }
        for (Timeline.Span span : timeline.spans()) {
            lines.add(slice(GOROUTINES_PID, span.who().id(), span.start(), span.end() - span.start(),
                    span.label(), span.state().name().toLowerCase(Locale.ROOT), null));
        }
        operations(events, lines);
        out.write("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"gocon\"},\"traceEvents\":[\n");
        for (int i = 0; i < lines.size(); i++) {
            out.write(lines.get(i));
            out.write(i + 1 < lines.size() ? ",\n" : "\n");
        }
        out.write("]}\n");
    }

    private static void operations(List<TraceEvent> events, List<String> lines) {
        // Each goroutine's next own event bounds its operation slices, so that they nest in its spans.
        long[] nextOwn = new long[events.size()];
        Map<Long, Long> seen = new HashMap<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            TraceEvent e = events.get(i);
            nextOwn[i] = seen.getOrDefault(e.who().id(), Long.MAX_VALUE);
            seen.put(e.who().id(), e.nanos());
        }
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            long g = event.who().id();
            long t = event.nanos();
            long dur = Math.max(0, Math.min(OP_NANOS, nextOwn[i] - t));
            switch (event) {
                case TraceEvent.Send e -> {
                    lines.add(slice(GOROUTINES_PID, g, t, dur, "send " + e.channel().label(), "chan",
                            "{\"value\":" + Json.quote(e.value()) + ",\"message\":" + e.message()
                                    + ",\"len\":" + e.len() + ",\"cap\":" + e.cap() + "}"));
                    if (e.message() != 0) {
                        lines.add(flow("s", g, t, e.message()));
                    }
                }
                case TraceEvent.Receive e -> {
                    lines.add(slice(GOROUTINES_PID, g, t, dur, "recv " + e.channel().label(), "chan",
                            "{\"value\":" + Json.quote(e.value()) + ",\"ok\":" + e.ok() + ",\"message\":"
                                    + e.message() + ",\"len\":" + e.len() + ",\"cap\":" + e.cap() + "}"));
                    if (e.ok() && e.message() != 0) {
                        lines.add(flow("f", g, t, e.message()));
                    }
                }
                case TraceEvent.Close e -> lines.add(slice(GOROUTINES_PID, g, t, dur, "close " + e.channel().label(),
                        "chan", null));
                case TraceEvent.SelectChoice e -> lines.add(slice(GOROUTINES_PID, g, t, dur,
                        "select case " + e.index(), "select", "{\"case\":" + Json.quote(e.description()) + "}"));
                case TraceEvent.Lock e -> lines.add(slice(GOROUTINES_PID, g, t, dur, "lock " + e.mutex().label(),
                        "lock", null));
                case TraceEvent.Unlock e -> lines.add(slice(GOROUTINES_PID, g, t, dur,
                        "unlock " + e.mutex().label(), "lock", null));
                case TraceEvent.Spawn e -> lines.add(instant(g, t, "go " + e.child(), "spawn"));
                case TraceEvent.Wake e -> lines.add(instant(g, t, "wake " + e.woken(), "wake"));
                case TraceEvent.Panicked e -> lines.add(instant(g, t, "panic: " + e.message(), "panic"));
                default -> { }
            }
        }
    }

    private static void meta(List<String> lines, int pid, long tid, String name, String key, String value) {
        lines.add("{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"name\":\"" + name + "\",\"args\":{\""
                + key + "\":" + value + "}}");
    }

    private static String slice(int pid, long tid, long start, long dur, String name, String cat, String args) {
        return "{\"ph\":\"X\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"ts\":" + micros(start) + ",\"dur\":"
                + micros(dur) + ",\"name\":" + Json.quote(name) + ",\"cat\":" + Json.quote(cat)
                + (args == null ? "" : ",\"args\":" + args) + "}";
    }

    private static String instant(long tid, long t, String name, String cat) {
        return "{\"ph\":\"i\",\"s\":\"t\",\"pid\":" + GOROUTINES_PID + ",\"tid\":" + tid + ",\"ts\":" + micros(t)
                + ",\"name\":" + Json.quote(name) + ",\"cat\":" + Json.quote(cat) + "}";
    }

    private static String flow(String ph, long tid, long t, long id) {
        return "{\"ph\":\"" + ph + "\",\"bp\":\"e\",\"pid\":" + GOROUTINES_PID + ",\"tid\":" + tid + ",\"ts\":"
                + micros(t) + ",\"id\":" + id + ",\"name\":\"message\",\"cat\":\"flow\"}";
    }

    /** Nanoseconds as microseconds with up to three decimals, as trace viewers expect. */
    private static String micros(long nanos) {
        long whole = nanos / 1000;
        long frac = Math.abs(nanos % 1000);
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = String.format("%03d", frac).replaceAll("0+$", "");
        return (nanos < 0 && whole == 0 ? "-" : "") + whole + "." + f;
    }
}
