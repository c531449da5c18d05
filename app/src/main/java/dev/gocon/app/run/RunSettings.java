package dev.gocon.app.run;

import dev.gocon.app.render.trace.TraceMode;
import java.nio.file.Path;

/**
 * How {@code gocon lesson} runs a demo, as chosen on the command line.
 *
 * @param trace     how the trace is shown
 * @param showTimes false for {@code --no-times}: a plain log without its time column
 * @param seed      the stepped scheduler's seed, or null for the native scheduler
 * @param step      {@code --step}: wait for a key before each step (stepped runs only)
 * @param pace      how much slower than normal time passes; 1 is normal. Under the stepped scheduler,
 *                  0 means as fast as possible
 * @param procs     the number of carriers, or 0 for the JDK's default
 * @param traceOut  where to export the trace ({@code .json}, {@code .svg}, {@code .html}), or null
 * @param race      {@code --race}: run with the race detector and report the data races it finds
 */
public record RunSettings(TraceMode trace, boolean showTimes, Long seed, boolean step, double pace, int procs,
                          Path traceOut, boolean race) {

    /** True if the demo runs under the stepped scheduler. */
    public boolean stepped() {
        return seed != null;
    }
}
