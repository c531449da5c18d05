package dev.gocon.app.render.trace;

import dev.gocon.go.RunReport;
import dev.gocon.trace.EventSink;
import java.io.PrintStream;
import org.jline.terminal.Terminal;

/**
 * One run's view of the trace: the sink the runtime records into, the stream the demo prints to, and
 * whatever the chosen {@link TraceMode} draws from them.
 *
 * <p>A view is used once, in this order:
 * <pre>{@code
 * try (TraceView view = TraceView.open(mode, options)) {
 *     RunReport report = Go.run(config.withSink(view.sink()),
 *             () -> demo.run(new DemoContext(view.output(), ...)));
 *     view.finish(report);  // only when the run ended normally
 * }                         // close(): always, also after an exception or on Ctrl-C
 * }</pre>
 *
 * <p>{@link #sink()} never blocks the goroutines it records. {@link #output()} is safe to use from
 * many goroutines; each line printed to it appears whole: above the live region in {@code LIVE}, and
 * in order with the event lines in {@code LOG} (every event recorded before the line is logged
 * before it). {@link #finish()} draws the final frame or table and writes the export, if any;
 * {@link #close()} stops the render thread, restores the terminal (cursor shown) and writes the export
 * if {@code finish} did not. Both are idempotent.
 */
public interface TraceView extends AutoCloseable {

    /**
     * Opens the view for a run. {@code LIVE} without a usable terminal (null, or a dumb one) becomes
     * {@code LOG} on {@code options.out()}.
     */
    static TraceView open(TraceMode mode, TraceOptions options) {
        return switch (mode) {
            case LIVE -> LiveView.usable(options.terminal()) ? new LiveView(options) : new LogView(options);
            case LOG -> new LogView(options);
            case SUMMARY -> new SummaryView(options);
            case OFF -> new OffView(options);
        };
    }

    /** True if {@code mode} on {@code terminal} opens the live view (a terminal that is present and not dumb). */
    static boolean live(TraceMode mode, Terminal terminal) {
        return mode == TraceMode.LIVE && LiveView.usable(terminal);
    }

    /**
     * The sink to hand to the runtime, or null for {@code OFF} without an export: the run is then
     * untraced and builds no events (the runtime's null sink).
     */
    EventSink sink();

    /** Where the demo's own output goes. */
    PrintStream output();

    /** The run ended normally: draw the final frame or table, write the export, flush. */
    void finish();

    /**
     * The run ended normally as {@code report} says: the final frame ends the timeline at the run's end,
     * with the goroutines the report lists as left behind still waiting and every other one done.
     */
    default void finish(RunReport report) {
        finish();
    }

    /** Always called last: stop the render thread, restore the cursor, write the export if not yet, flush. */
    @Override
    void close();
}
