package dev.gocon.app.render.trace;

import dev.gocon.trace.Durations;
import dev.gocon.trace.GoText;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns trace events into the plain log: one line per event, append-only, with no escape bytes.
 *
 * <h2>Format</h2>
 * Each line has five columns, separated by spaces and padded to fixed widths (a longer value pushes
 * the rest of its line right, it is never cut); trailing spaces are removed:
 * <pre>
 *    12.403 ms  g3 chef-2      @carrier-1  send      orders &lt;- "soup"  (blocked: buffer full)  [2/4]
 * |--time----|  |--who-------| |--carrier-| |verb---| |detail...
 * </pre>
 * <ul>
 *   <li><b>time</b>: milliseconds since the start of the run, three decimals, right-aligned in 9
 *       columns, then {@code " ms"} and two spaces. {@code --no-times} drops this column and its
 *       spaces, so that golden files stay stable under the native scheduler.</li>
 *   <li><b>who</b>: the goroutine, {@code g<id> <name>} ({@code g<id>} when unnamed), padded to 14.</li>
 *   <li><b>carrier</b>: {@code @} and the carrier thread it ran on ({@code @-} for none), padded to 11.</li>
 *   <li><b>verb</b> (padded to 9) and <b>detail</b>, by event:
 *   <table>
 *     <caption>verbs</caption>
 *     <tr><td>{@code spawn}</td><td>{@code g4 chef-3}: the new goroutine</td></tr>
 *     <tr><td>{@code start}</td><td>nothing: the goroutine began running its body</td></tr>
 *     <tr><td>{@code block}</td><td>{@code [chan send] orders (buffer full)}: Go's wait reason in brackets,
 *         the object waited on, and why in parentheses</td></tr>
 *     <tr><td>{@code wake}</td><td>{@code g3 chef-2}: the goroutine made runnable again</td></tr>
 *     <tr><td>{@code send}</td><td>{@code orders <- "soup"}, then {@code (blocked: why)} if the send
 *         had to wait, then {@code [len/cap]} for a buffered channel (its state just after)</td></tr>
 *     <tr><td>{@code recv}</td><td>{@code orders -> "soup"}, the same suffixes; {@code (closed)} for
 *         the zero value of a closed channel</td></tr>
 *     <tr><td>{@code close}</td><td>{@code orders}</td></tr>
 *     <tr><td>{@code select}</td><td>{@code case 1: <-done}, then {@code (blocked: why)} if it waited</td></tr>
 *     <tr><td>{@code lock}, {@code unlock}</td><td>{@code stove}: the mutex; lock may add
 *         {@code (blocked: why)}</td></tr>
 *     <tr><td>{@code sleep}</td><td>{@code 200ms}: the duration, as Go prints it</td></tr>
 *     <tr><td>{@code panic}</td><td>{@code "message"}</td></tr>
 *     <tr><td>{@code exit}</td><td>nothing: the goroutine's body returned</td></tr>
 *     <tr><td>{@code atomic}</td><td>{@code hits add 1 -> 5}: the atomic, the operation and its result</td></tr>
 *     <tr><td>{@code race}</td><td>{@code counter: write at Counter.java:14 races with g6 adder-1's read
 *         at Counter.java:14}: a data race the detector found</td></tr>
 *   </table></li>
 * </ul>
 * Values are printed as the runtime rendered them ({@link GoText#show}: a string in double quotes with
 * Go escapes such as {@code \n}, {@code \"}, {@code \x1b}, anything else as Go's {@code %v}); panic
 * messages are quoted the same way; names and labels have control characters replaced by {@code ?}, and
 * so has any value that did not come from the runtime.
 *
 * <p>At the end of the run ({@link #endOfRun}) one line per goroutine still blocked has the verb
 * {@code end} and the detail {@code still blocked: [chan receive] orders} (or {@code [sleep] 200ms}); its time is the last
 * event's. A last line starting with {@code --} reports events folded into counters, if any.
 *
 * <p>Not thread-safe: it remembers each goroutine's pending block to annotate the operation that
 * completes it.
 */
public final class LogFormat {

    private final boolean showTimes;
    private final Map<Long, TraceEvent.Block> pending = new HashMap<>();
    private final java.util.Set<Long> asleep = new java.util.HashSet<>();

    /** A formatter with or without the time column. */
    public LogFormat(boolean showTimes) {
        this.showTimes = showTimes;
    }

    /**
     * False for the events the log leaves out, which only the timeline needs: a goroutine waking itself
     * (it runs again after a sleep, a wait for the network, or its turn under the stepped scheduler),
     * and the timer ending a sleep (the log's {@code sleep} line already says how long). Call it for
     * every event, in order, and {@link #format} for those it accepts.
     */
    public boolean logged(TraceEvent event) {
        switch (event) {
            case TraceEvent.Sleep e -> asleep.add(e.who().id());
            case TraceEvent.Wake e when e.woken().equals(e.who()) -> {
                asleep.remove(e.who().id());
                return false;
            }
            case TraceEvent.Wake e when e.who().id() == 0 && asleep.remove(e.woken().id()) -> {
                return false;
            }
            default -> asleep.remove(event.who().id());
        }
        return true;
    }

    /** The log line of one event, without a line separator. */
    public String format(TraceEvent event) {
        TraceEvent.Block blocked = pending.remove(event.who().id());
        String verb;
        String detail;
        switch (event) {
            case TraceEvent.Spawn e -> {
                verb = "spawn";
                detail = who(e.child());
            }
            case TraceEvent.Start e -> {
                verb = "start";
                detail = "";
            }
            case TraceEvent.Block e -> {
                pending.put(e.who().id(), e);
                verb = "block";
                detail = blockText(e.reason(), e.object(), e.detail());
            }
            case TraceEvent.Wake e -> {
                if (blocked != null && !e.woken().equals(e.who())) {
                    pending.put(e.who().id(), blocked);
                }
                verb = "wake";
                detail = who(e.woken());
            }
            case TraceEvent.Send e -> {
                verb = "send";
                detail = label(e.channel()) + " <- " + Text.clean(e.value())
                        + after(blocked, TraceEvent.BlockReason.SEND) + buffer(e.len(), e.cap());
            }
            case TraceEvent.Receive e -> {
                verb = "recv";
                detail = label(e.channel()) + " -> " + Text.clean(e.value()) + (e.ok() ? "" : " (closed)")
                        + after(blocked, TraceEvent.BlockReason.RECEIVE) + buffer(e.len(), e.cap());
            }
            case TraceEvent.Close e -> {
                verb = "close";
                detail = label(e.channel());
            }
            case TraceEvent.SelectChoice e -> {
                verb = "select";
                detail = "case " + e.index() + ": " + Text.clean(e.description())
                        + after(blocked, TraceEvent.BlockReason.SELECT);
            }
            case TraceEvent.Lock e -> {
                verb = "lock";
                detail = label(e.mutex()) + after(blocked, TraceEvent.BlockReason.LOCK);
            }
            case TraceEvent.Unlock e -> {
                verb = "unlock";
                detail = label(e.mutex());
            }
            case TraceEvent.Sleep e -> {
                verb = "sleep";
                detail = Durations.format(e.duration());
            }
            case TraceEvent.Panicked e -> {
                verb = "panic";
                detail = GoText.quote(e.message());
            }
            case TraceEvent.Exit e -> {
                verb = "exit";
                detail = "";
            }
            case TraceEvent.Atomic e -> {
                verb = "atomic";
                detail = label(e.object()) + " " + Text.clean(e.operation())
                        + (e.result().isEmpty() ? "" : " -> " + Text.clean(e.result()));
            }
            case TraceEvent.Race e -> {
                verb = "race";
                detail = Text.clean(e.variable()) + ": " + (e.write() ? "write" : "read") + " at "
                        + Text.clean(e.place()) + " races with " + who(e.previous()) + "'s "
                        + (e.previousWrite() ? "write" : "read") + " at " + Text.clean(e.previousPlace());
            }
        }
        return line(event.nanos(), who(event.who()), event.carrier(), verb, detail);
    }

    /**
     * The closing lines: one per goroutine still blocked in {@code state}, and a note about events
     * folded into counters when {@code folded > 0}.
     */
    public List<String> endOfRun(TraceState state, long folded) {
        List<String> lines = new ArrayList<>();
        for (TraceState.TracedGoroutine g : state.goroutines()) {
            if (g.state().blocked()) {
                String what = g.reason() == null
                        ? "[" + g.state().name().toLowerCase(Locale.ROOT) + "]"
                        : blockText(g.reason(), g.waitingOn(), "");
                if (g.sleep() != null) {
                    what += " " + Durations.format(g.sleep());
                }
                lines.add(line(state.lastNanos(), who(g.who()), g.carrier(), "end", "still blocked: " + what));
            }
        }
        if (folded > 0) {
            lines.add("-- " + folded + " more events were counted but not shown: the trace's bound was "
                    + "reached (use --trace=summary for large runs)");
        }
        return lines;
    }

    private String line(long nanos, String who, String carrier, String verb, String detail) {
        StringBuilder b = new StringBuilder(96);
        if (showTimes) {
            b.append(String.format(Locale.ROOT, "%9.3f ms  ", nanos / 1_000_000.0));
        }
        b.append(Text.pad(who, 14)).append(' ');
        b.append(Text.pad("@" + (carrier.isEmpty() ? "-" : Text.clean(carrier)), 11)).append(' ');
        b.append(Text.pad(verb, 9)).append(' ');
        b.append(detail);
        return b.toString().stripTrailing();
    }

    private static String blockText(TraceEvent.BlockReason reason, TraceEvent.Ref object, String detail) {
        StringBuilder b = new StringBuilder("[").append(reason.goLabel()).append(']');
        if (object != null) {
            b.append(' ').append(label(object));
        }
        if (detail != null && !detail.isEmpty()) {
            b.append(" (").append(Text.clean(detail)).append(')');
        }
        return b.toString();
    }

    private static String after(TraceEvent.Block blocked, TraceEvent.BlockReason reason) {
        if (blocked == null) {
            return "";
        }
        boolean matches = blocked.reason() == reason
                || (reason == TraceEvent.BlockReason.RECEIVE && blocked.reason() == TraceEvent.BlockReason.NIL_CHANNEL)
                || (reason == TraceEvent.BlockReason.LOCK && blocked.reason() == TraceEvent.BlockReason.WAITGROUP);
        if (!matches) {
            return "";
        }
        String why = blocked.detail() == null || blocked.detail().isEmpty() ? "" : ": " + Text.clean(blocked.detail());
        return "  (blocked" + why + ")";
    }

    private static String buffer(int len, int cap) {
        return cap > 0 ? "  [" + len + "/" + cap + "]" : "";
    }

    static String who(TraceEvent.Who who) {
        return Text.clean(who.toString());
    }

    static String label(TraceEvent.Ref ref) {
        return ref == null ? "nil" : Text.clean(ref.label());
    }
}
