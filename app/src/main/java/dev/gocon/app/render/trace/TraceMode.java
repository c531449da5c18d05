package dev.gocon.app.render.trace;

/**
 * How a run's trace is shown: {@code --trace=live|log|summary|off}.
 *
 * <ul>
 *   <li>{@link #LIVE}: lanes redrawn in place on a terminal (falls back to {@link #LOG} without one);</li>
 *   <li>{@link #LOG}: one plain line per event, for pipes and golden files;</li>
 *   <li>{@link #SUMMARY}: rates every 100 ms and a final table, for runs too large to show one by one;</li>
 *   <li>{@link #OFF}: nothing but the demo's own output (an export still records, if asked for).</li>
 * </ul>
 */
public enum TraceMode {
    LIVE, LOG, SUMMARY, OFF
}
