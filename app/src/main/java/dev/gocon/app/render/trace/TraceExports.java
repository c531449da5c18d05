package dev.gocon.app.render.trace;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes a run's events to {@code --trace-out FILE}, in the format its extension names. */
public final class TraceExports {

    /** The export formats, by file extension. */
    public enum Format {
        /** Chrome trace event format: ui.perfetto.dev, chrome://tracing. */
        JSON,
        /** A timeline picture. */
        SVG,
        /** The same picture in a web page. */
        HTML;

        /** The format a path's extension names, if any. */
        public static Optional<Format> of(Path path) {
            return switch (TraceOptions.extension(path)) {
                case "json" -> Optional.of(JSON);
                case "svg" -> Optional.of(SVG);
                case "html", "htm" -> Optional.of(HTML);
                default -> Optional.empty();
            };
        }
    }

    private TraceExports() {
    }

    /** Writes {@code events} to {@code path} in the format of its extension. */
    public static void write(Path path, List<TraceEvent> events) throws IOException {
        Format format = Format.of(path).orElseThrow(
                () -> new IOException(TraceOptions.validateTraceOut(path).orElse("unknown format")));
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            switch (format) {
                case JSON -> ChromeTraceExport.write(events, out);
                case SVG -> SvgExport.write(events, out);
                case HTML -> SvgExport.writeHtml(events, out);
            }
        }
    }

    /** Writes the recorder's events and returns the one line to show: where it went, or why not. */
    static String writeReport(Path path, Recorder recorder) {
        List<TraceEvent> events = recorder.events();
        try {
            write(path, events);
        } catch (IOException | RuntimeException e) {
            return "gocon: could not write the trace to " + path + ": " + e.getMessage();
        }
        long folded = recorder.foldedTotal();
        return "trace written to " + path + " (" + events.size() + " events"
                + (folded > 0 ? "; " + folded + " more were only counted" : "") + ")";
    }
}
