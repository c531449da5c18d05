package dev.gocon.course;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a running demo may use: where to print, how many carriers it has, and its options' values.
 *
 * @param out     where the demo prints its own output (never {@code System.out})
 * @param procs   the number of carrier threads (GOMAXPROCS), as set by {@code --procs}
 * @param stepped true under the stepped scheduler, where time is virtual
 * @param options the values of the demo's {@link DemoOption}s, by name with dashes
 */
public record DemoContext(PrintStream out, int procs, boolean stepped, Map<String, String> options) {

    /** The value of one of the demo's options, or its default if it was not given. */
    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }
}
