package dev.gocon.app.render.trace;

import dev.gocon.trace.TimeScale;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jline.terminal.Terminal;

/**
 * What a {@link TraceView} needs from the command line and the console.
 *
 * @param terminal  the terminal for the live view, or null when output is not a terminal
 * @param out       where the trace and the demo's output go when there is no terminal (and for log,
 *                  summary and off modes)
 * @param color     true to style the live view and summary with colour
 * @param showTimes false for {@code --no-times}: the log drops its time column
 * @param width     the width to fit lines to when there is no terminal to ask (0: no limit)
 * @param traceOut  the export to write at the end ({@code .json}, {@code .svg} or {@code .html}), or null
 * @param pace      how many times slower than the run's own time the run plays (1 or more): the live
 *                  view's now edge moves at the run's time
 * @param scale     the unit the demo's story counts time in, for the live view's axis
 */
public record TraceOptions(Terminal terminal, PrintStream out, boolean color, boolean showTimes, int width,
                           Path traceOut, double pace, TimeScale scale) {

    public TraceOptions {
        pace = Math.max(1, pace);
        scale = scale == null ? TimeScale.REAL : scale;
    }

    /** Options for a run that plays at its own speed, its times shown as plain durations. */
    public TraceOptions(Terminal terminal, PrintStream out, boolean color, boolean showTimes, int width,
                        Path traceOut) {
        this(terminal, out, color, showTimes, width, traceOut, 1, TimeScale.REAL);
    }

    /** Options for plain output to {@code out}: no terminal, no colour, times shown, no export. */
    public static TraceOptions plain(PrintStream out) {
        return new TraceOptions(null, out, false, true, 0, null);
    }

    /**
     * Checks a {@code --trace-out} path: empty when it can be written, else a one-line message saying
     * why not.
     */
    public static Optional<String> validateTraceOut(Path path) {
        if (path == null) {
            return Optional.empty();
        }
        if (TraceExports.Format.of(path).isEmpty()) {
            return Optional.of("--trace-out " + path + ": unknown format, use a name ending in .json "
                    + "(Chrome trace, opens in ui.perfetto.dev), .svg or .html (timeline picture)");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            return Optional.of("--trace-out " + path + ": folder " + parent + " does not exist");
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return Optional.of("--trace-out " + path + ": is a folder");
        }
        return Optional.empty();
    }

    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
