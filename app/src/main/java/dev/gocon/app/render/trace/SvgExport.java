package dev.gocon.app.render.trace;

import dev.gocon.trace.Durations;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceState.GState;
import dev.gocon.trace.Timeline;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a run's {@link Timeline} as a self-contained SVG picture for a slide: one lane per carrier
 * (which goroutine ran there; under the stepped scheduler, one track of whose turn it was), one lane
 * per goroutine coloured by state, an arrow for each hand-over (a value going from its sender to its
 * receiver), a time axis and a legend. Every bar and arrow carries its details (state, object,
 * duration) as a hover title. The {@code .html} export is the same picture in a minimal page, with no
 * scripts.
 */
public final class SvgExport {

    /** The colour of each state, also used by the legend. */
    static final Map<GState, String> COLORS = new EnumMap<>(GState.class);

    static {
        COLORS.put(GState.RUNNING, "#2e9e44");
        COLORS.put(GState.RUNNABLE, "#e6c229");
        COLORS.put(GState.BLOCKED_SEND, "#d9534f");
        COLORS.put(GState.BLOCKED_RECEIVE, "#ee8a3c");
        COLORS.put(GState.BLOCKED_SELECT, "#9b59b6");
        COLORS.put(GState.BLOCKED_LOCK, "#8e3b46");
        COLORS.put(GState.BLOCKED_WAITGROUP, "#6c5b7b");
        COLORS.put(GState.SLEEPING, "#4a7fd4");
        COLORS.put(GState.IO_WAIT, "#2a9d8f");
    }

    private static final String[] GOROUTINE_HUES = {
        "#3b6e8f", "#7a6a8c", "#5f7f6e", "#8c7a5b", "#56738a", "#927c6a", "#4f6d7a", "#6a8caf"
    };
    private static final int WIDTH = 1200;
    private static final int LEFT = 170;
    private static final int RIGHT = 24;
    private static final int LANE = 18;
    private static final int GAP = 5;
    private static final int MAX_LANES = 300;
    private static final int MAX_ARROWS = 2_000;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private SvgExport() {
    }

    /** Writes the picture of a run as an SVG document. */
    public static void write(List<TraceEvent> events, Writer out) throws IOException {
        out.write(svg(events));
    }

    /** Writes the picture in a minimal HTML page. */
    public static void writeHtml(List<TraceEvent> events, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>gocon trace</title>\n<style>body{margin:16px;background:#fff}"
                + "svg{max-width:100%;height:auto}</style>\n</head>\n<body>\n");
        out.write(svg(events));
        out.write("</body>\n</html>\n");
    }

    static String svg(List<TraceEvent> events) {
        Timeline timeline = Timeline.of(events);
        long end = Math.max(1, timeline.now());
        List<TraceEvent.Who> goroutines = timeline.goroutines();
        int shown = Math.min(goroutines.size(), MAX_LANES);
        List<String> carriers = timeline.carriers();
        double plot = WIDTH - LEFT - RIGHT;

        int y = 64;
        int carriersTop = y + 22;
        int goroutinesTop = carriersTop + Math.max(1, carriers.size()) * (LANE + GAP) + 30;
        int legendTop = goroutinesTop + shown * (LANE + GAP) + (shown < goroutines.size() ? 24 : 8);
        int height = legendTop + 40;

        StringBuilder b = new StringBuilder(8192);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" ")
                .append(FONT).append(" font-size=\"11\">\n");
        b.append("<defs><marker id=\"hand-over\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"6\" "
                + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#111\"/></marker></defs>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append("<text x=\"16\" y=\"26\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">gocon trace</text>\n");
        b.append("<text x=\"16\" y=\"46\" font-size=\"12\" fill=\"#555\">")
                .append(xml(goroutines.size() + " goroutine" + (goroutines.size() == 1 ? "" : "s") + " on "
                        + carriers.size() + " carrier" + (carriers.size() == 1 ? "" : "s") + ", "
                        + Durations.format(Duration.ofNanos(timeline.now()))))
                .append("</text>\n");

        // Time axis and grid.
        long step = niceStep(end);
        int gridBottom = legendTop - 8;
        for (long t = 0; t <= end; t += step) {
            double x = LEFT + t * plot / end;
            b.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e4e4\"/>\n", x, y, x, gridBottom));
            b.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\">%s</text>\n", x, y - 4,
                    xml(Durations.format(Duration.ofNanos(t)))));
        }

        // Carrier lanes: who ran where. Under the stepped scheduler there are none: one track shows
        // which goroutine had the one turn, each step an instant of virtual time.
        boolean stepped = carriers.isEmpty();
        b.append("<text x=\"16\" y=\"").append(carriersTop - 6).append("\" font-weight=\"bold\" fill=\"#333\">")
                .append(stepped ? "stepped: one goroutine at a time" : "carriers").append("</text>\n");
        if (stepped) {
            lane(b, carriersTop, "the turn");
            for (Timeline.Span span : timeline.spans()) {
                if (span.state() == GState.RUNNING) {
                    bar(b, span.start(), span.end(), end, plot, carriersTop, hue(span.who()),
                            span.who().toString(), "#ffffff", span.who() + " runs");
                }
            }
        }
        Map<String, Integer> carrierRow = new HashMap<>();
        for (int i = 0; i < carriers.size(); i++) {
            carrierRow.put(carriers.get(i), i);
            int ly = carriersTop + i * (LANE + GAP);
            lane(b, ly, carriers.get(i));
        }
        for (Timeline.CarrierSpan run : timeline.carrierSpans()) {
            int ly = carriersTop + carrierRow.get(run.carrier()) * (LANE + GAP);
            bar(b, run.start(), run.end(), end, plot, ly, hue(run.who()), run.who().toString(), "#ffffff",
                    run.who() + " on " + run.carrier());
        }

        // Goroutine lanes: states over time.
        b.append("<text x=\"16\" y=\"").append(goroutinesTop - 6)
                .append("\" font-weight=\"bold\" fill=\"#333\">goroutines</text>\n");
        Map<Long, Integer> row = new HashMap<>();
        for (int i = 0; i < shown; i++) {
            row.put(goroutines.get(i).id(), i);
            lane(b, goroutinesTop + i * (LANE + GAP), goroutines.get(i).toString());
        }
        for (Timeline.Span span : timeline.spans()) {
            Integer r = row.get(span.who().id());
            String color = COLORS.get(span.state());
            if (r == null || color == null) {
                continue;
            }
            String ink = span.state() == GState.RUNNABLE ? "#333333" : "#ffffff";
            String label = span.state() == GState.RUNNING || span.state() == GState.RUNNABLE ? "" : span.label();
            String details = span.who() + ": " + span.label()
                    + (span.carrier().isEmpty() ? "" : " on " + span.carrier())
                    + (span.detail().isEmpty() || span.state() == GState.SLEEPING ? "" : " (" + span.detail() + ")");
            bar(b, span.start(), span.end(), end, plot, goroutinesTop + r * (LANE + GAP), color, label, ink, details);
        }

        // Hand-overs: an arrow from the sender's lane to the receiver's, where the value passed.
        int arrows = 0;
        for (Timeline.HandOver h : timeline.handOvers()) {
            Integer from = row.get(h.sender().id());
            Integer to = row.get(h.receiver().id());
            if (from == null || to == null || from.equals(to) || arrows++ >= MAX_ARROWS) {
                continue;
            }
            double x1 = LEFT + h.sent() * plot / end;
            double x2 = LEFT + h.received() * plot / end;
            int y1 = goroutinesTop + from * (LANE + GAP) + LANE / 2;
            int y2 = goroutinesTop + to * (LANE + GAP) + LANE / 2;
            b.append(String.format(Locale.ROOT,
                    "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#111\" stroke-width=\"1.2\" "
                            + "marker-end=\"url(#hand-over)\"><title>%s</title></line>\n",
                    x1, y1, x2, y2, xml(h.sender() + " handed " + Text.clean(h.value()) + " to " + h.receiver()
                            + " over " + h.channel().label() + " at " + Durations.format(Duration.ofNanos(h.received()))
                            + (h.received() > h.sent() ? ", sent " + Durations.format(Duration.ofNanos(h.sent())) : ""))));
        }
        for (TraceEvent event : events) {
            Integer r = row.get(event.who().id());
            if (event instanceof TraceEvent.Panicked p && r != null) {
                double x = LEFT + p.nanos() * plot / end;
                int ly = goroutinesTop + r * (LANE + GAP);
                boolean right = x > LEFT + plot * 0.6;
                String text = right ? "panic: " + clip(p.message(), 60) + " ✗" : "✗ panic: " + clip(p.message(), 60);
                double tw = text.length() * 6.6 + 6;
                b.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"#ffffff\" opacity=\"0.9\"/>\n",
                        right ? x - 2 - tw + 3 : x, ly + 1, tw, LANE - 2));
                b.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-weight=\"bold\" fill=\"#c0392b\">%s</text>\n",
                        right ? x - 2 : x + 2, ly + 13, right ? "end" : "start", xml(text)));
            }
        }
        if (shown < goroutines.size()) {
            b.append("<text x=\"16\" y=\"").append(goroutinesTop + shown * (LANE + GAP) + 12)
                    .append("\" fill=\"#666\">+").append(goroutines.size() - shown)
                    .append(" more goroutines not drawn</text>\n");
        }

        // Legend.
        int lx = 16;
        for (Map.Entry<GState, String> entry : COLORS.entrySet()) {
            String name = stateName(entry.getKey());
            b.append("<rect x=\"").append(lx).append("\" y=\"").append(legendTop).append("\" width=\"14\" height=\"14\" rx=\"2\" fill=\"")
                    .append(entry.getValue()).append("\"/>\n");
            b.append("<text x=\"").append(lx + 19).append("\" y=\"").append(legendTop + 11).append("\" fill=\"#333\">")
                    .append(xml(name)).append("</text>\n");
            lx += 30 + name.length() * 7;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    /** The legend's word for a state. */
    static String stateName(GState state) {
        return switch (state) {
            case RUNNING -> "running";
            case RUNNABLE -> "runnable";
            case BLOCKED_SEND -> "blocked: send";
            case BLOCKED_RECEIVE -> "blocked: receive";
            case BLOCKED_SELECT -> "blocked: select";
            case BLOCKED_LOCK -> "blocked: lock";
            case BLOCKED_WAITGROUP -> "blocked: wait group";
            case IO_WAIT -> "IO wait";
            case SLEEPING -> "sleeping";
            case DONE -> "done";
            case PANICKED -> "panicked";
        };
    }

    private static void lane(StringBuilder b, int y, String name) {
        b.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(LANE).append("\" fill=\"#f6f6f6\"/>\n");
        b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 13)
                .append("\" text-anchor=\"end\" fill=\"#222\">").append(xml(clip(name, 26))).append("</text>\n");
    }

    private static String hue(TraceEvent.Who who) {
        return GOROUTINE_HUES[(int) (Math.abs(who.id()) % GOROUTINE_HUES.length)];
    }

    /** One bar; {@code details} is its hover text (with its duration and times added). */
    private static void bar(StringBuilder b, long start, long stop, long end, double plot, int y, String color,
                            String label, String ink, String details) {
        double x = LEFT + start * plot / end;
        double w = Math.max(1.0, (stop - start) * plot / end);
        b.append(String.format(Locale.ROOT,
                "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
                x, y, w, LANE, color, xml(details + ", " + Durations.format(Duration.ofNanos(stop - start))
                        + " (" + Durations.format(Duration.ofNanos(start)) + " to "
                        + Durations.format(Duration.ofNanos(stop)) + ")")));
        int fits = (int) ((w - 6) / 6.2);
        if (!label.isEmpty() && fits >= 4) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" fill=\"%s\">%s</text>\n", x + 3, y + 13, ink,
                    xml(clip(label, fits))));
        }
    }

    static long niceStep(long end) {
        double raw = end / 8.0;
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return Math.max(1, (long) (m * power));
            }
        }
        return Math.max(1, (long) (10 * power));
    }

    private static String clip(String s, int max) {
        String clean = Text.clean(s);
        return clean.length() <= max ? clean : clean.substring(0, Math.max(0, max - 1)) + "…";
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(Text.isControl(c) ? '?' : c);
            }
        }
        return b.toString();
    }
}
