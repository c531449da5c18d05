package dev.gocon.app.render.trace;

import dev.gocon.trace.GoText;
import dev.gocon.trace.TimeScale;
import dev.gocon.trace.Timeline;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceState;
import dev.gocon.trace.TraceState.GState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws one frame of the live view from a {@link Timeline}: a pure function of the timeline, the
 * region's size and the footer's numbers, so that frames can be compared in tests and any region (the
 * live view, a presenter's slide, a lesson page) can show one.
 *
 * <p>Time flows left to right, one cell per slice of time; every state has a glyph and a colour, so
 * that lanes read without colour:
 * <pre>
 *                        0h        0.5h      1h        1.5h
 * @carrier-1            aaabbbccc.........ddd▏
 * @carrier-2            bbb...ddd.........ccc▏
 * a ✓ g2 lemon-cake     ███•zzzzzzzzzzzzzzz██✓
 * b ← g3 cupcakes       ░░██•zzzzzzzzzzzzzz██▏
 * ≡ sugar unbuffered
 * █ run ░ ready → send ← recv ◇ select ■ lock w wait z sleep ~ io • hand-over
 * 1.2h  ▶1 z2 ✓1  carriers 1/2 busy
 * </pre>
 * <ul>
 *   <li>an axis in the demo's units ({@link TimeScale}); while the run goes on, the scale doubles
 *       when the now edge ({@code ▏}) reaches the right; the last frame fits the whole run;</li>
 *   <li>in native runs, one lane per carrier: the key letter of the goroutine it ran
 *       ({@code +} for one without a lane on screen, {@code .} idle);</li>
 *   <li>one lane per goroutine, by id: its key, its state now, who it is, and its history; when they
 *       do not fit, the busiest (unfinished first, then by number of events) and a {@code +k more}
 *       line counting the others by state; {@code •} where it handed a value over or took one;</li>
 *   <li>one line per channel and per held mutex, a legend, and a footer: the time, goroutines by
 *       state, and the carriers ({@code stepped: one goroutine at a time} when there are none).</li>
 * </ul>
 * Below {@value #MIN_WIDTH}x{@value #MIN_HEIGHT} a one-line notice replaces the frame.
 */
public final class LiveFrame {

    /**
     * The numbers of the footer that do not come from the timeline.
     *
     * @param scale    the demo's unit of time
     * @param carriers the JDK's carrier numbers, or null to count from the trace
     * @param folded   events past the recorder's bound, only counted
     * @param started  goroutines started so far, from the recorder's counters (for folded runs)
     * @param ended    goroutines ended so far, likewise
     */
    record Footer(TimeScale scale, CarrierStats carriers, long folded, long started, long ended) {}

    static final int MIN_WIDTH = 30;
    static final int MIN_HEIGHT = 5;

    private static final Map<GState, String> GLYPHS = new EnumMap<>(GState.class);
    private static final Map<GState, String> CELLS = new EnumMap<>(GState.class);
    private static final Map<GState, String> WORDS = new EnumMap<>(GState.class);
    private static final Map<GState, AttributedStyle> STYLES = new EnumMap<>(GState.class);

    static {
        AttributedStyle red = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
        put(GState.RUNNING, "▶", "█", "run", AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold());
        put(GState.RUNNABLE, "▷", "░", "ready", AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
        put(GState.BLOCKED_SEND, "→", "→", "send", red);
        put(GState.BLOCKED_RECEIVE, "←", "←", "recv", red);
        put(GState.BLOCKED_SELECT, "◇", "◇", "select", AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));
        put(GState.BLOCKED_LOCK, "■", "■", "lock", red);
        put(GState.BLOCKED_WAITGROUP, "w", "w", "wait", AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));
        put(GState.SLEEPING, "z", "z", "sleep", AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE));
        put(GState.IO_WAIT, "~", "~", "io", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        put(GState.DONE, "✓", "✓", "done", AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK));
        put(GState.PANICKED, "✗", "✗", "panic",
                AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.RED).bold());
    }

    private static void put(GState state, String glyph, String cell, String word, AttributedStyle style) {
        GLYPHS.put(state, glyph);
        CELLS.put(state, cell);
        WORDS.put(state, word);
        STYLES.put(state, style);
    }

    private static final String KEYS = "abcdefghijklmnopqrstuvwxyz";
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    private static final AttributedStyle CHANNEL = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle HAND_OVER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold();
    private static final AttributedStyle NOW = AttributedStyle.DEFAULT.bold();

    private final Timeline timeline;
    private final TimeScale scale;
    private final boolean color;
    private final int width;
    private final boolean narrow;
    private final int prefix;
    private final int cells;
    private final long slice;

    private LiveFrame(Timeline timeline, TimeScale scale, boolean color, int width) {
        this.timeline = timeline;
        this.scale = scale;
        this.color = color;
        this.width = width;
        this.narrow = width < 60;
        this.prefix = narrow ? 13 : 21;
        this.cells = Math.max(4, width - 1 - prefix - 1);
        this.slice = slice(timeline.now(), cells, timeline.ended());
    }

    /** The state glyph shown before a lane, and in the footer's counts. */
    static String glyph(GState state) {
        return GLYPHS.get(state);
    }

    /** The glyph of one cell of a lane in a state. */
    static String cell(GState state) {
        return CELLS.get(state);
    }

    /** The frame for a region of {@code width} columns and at most {@code height} lines. */
    static List<AttributedString> build(Timeline timeline, int width, int height, boolean color, Footer footer) {
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            String notice = "(live trace: needs " + MIN_WIDTH + "x" + MIN_HEIGHT + ", have " + width + "x" + height + ")";
            return List.of(new AttributedString(notice.length() < width ? notice : notice.substring(0, Math.max(0, width - 1))));
        }
        return new LiveFrame(timeline, footer.scale(), color, width).frame(height, footer);
    }

    /**
     * The live timeline of {@code timeline} for a region of {@code width} x {@code height} that is not a
     * whole terminal (a presenter's slide, a section of a lesson's walk): times in the demo's units
     * ({@code scale}), as in the live view, carriers counted from the trace.
     */
    public static List<AttributedString> lanes(Timeline timeline, TimeScale scale, int width, int height,
            boolean color) {
        return build(timeline, width, height, color, new Footer(scale, null, 0, 0, 0));
    }

    /**
     * The time one cell stands for. The last frame fits the whole run; while the run goes on, a round
     * number (1, 2 or 5 times a power of ten nanoseconds) that leaves room to the right, so that the
     * picture stays put and only grows until the scale doubles.
     */
    static long slice(long now, int cells, boolean ended) {
        if (ended) {
            return Math.max(1, (now + cells - 1) / cells);
        }
        long need = Math.max(1, now / Math.max(1, cells - 1) + 1);
        for (long power = 1; ; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= need) {
                    return m * power;
                }
            }
            if (power > Long.MAX_VALUE / 100) {
                return need;
            }
        }
    }

    private List<AttributedString> frame(int height, Footer footer) {
        List<AttributedString> footerLines = footer(footer);
        List<AttributedString> objects = objects();
        List<String> carriers = timeline.carriers();
        int available = height - footerLines.size();
        boolean legend = available >= 6;
        available -= legend ? 2 : 1; // legend, axis
        int carrierQuota = Math.min(carriers.size(), Math.max(0, Math.min(4, available / 4)));
        available -= carrierQuota;
        int objectQuota = objects.isEmpty() ? 0 : Math.min(objects.size(), Math.max(0, available / 4));
        int laneQuota = Math.max(1, available - objectQuota);

        List<Timeline.Lane> shown = new ArrayList<>();
        List<AttributedString> more = new ArrayList<>();
        chooseLanes(laneQuota, shown, more);
        Map<Long, Character> keys = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            keys.put(shown.get(i).goroutine().id(), i < KEYS.length() ? KEYS.charAt(i) : '+');
        }

        List<AttributedString> lines = new ArrayList<>();
        lines.add(axis());
        for (String carrier : carriers.subList(0, carrierQuota)) {
            lines.add(carrierLane(carrier, keys));
        }
        for (Timeline.Lane lane : shown) {
            lines.add(lane(lane, keys.get(lane.goroutine().id())));
        }
        lines.addAll(more);
        if (objects.size() > objectQuota) {
            List<AttributedString> cut = new ArrayList<>(objects.subList(0, Math.max(0, objectQuota - 1)));
            if (objectQuota > 0) {
                cut.add(plain("≡ +" + (objects.size() - cut.size()) + " more", DIM));
            }
            objects = cut;
        }
        lines.addAll(objects);
        if (legend) {
            lines.add(legend());
        }
        lines.addAll(footerLines);
        return lines;
    }

    private void chooseLanes(int quota, List<Timeline.Lane> shown, List<AttributedString> more) {
        java.util.Collection<Timeline.Lane> all = timeline.lanes();
        if (all.size() <= quota) {
            shown.addAll(all);
        } else {
            // The busiest quota - 1 lanes, kept in a small heap: a million goroutines cost one pass.
            Comparator<Timeline.Lane> busier = Comparator
                    .comparing((Timeline.Lane l) -> !l.goroutine().state().finished())
                    .thenComparingLong(l -> l.goroutine().events())
                    .thenComparing(Comparator.comparingLong((Timeline.Lane l) -> l.goroutine().id()).reversed());
            PriorityQueue<Timeline.Lane> best = new PriorityQueue<>(busier);
            for (Timeline.Lane lane : all) {
                best.add(lane);
                if (best.size() > quota - 1) {
                    best.poll();
                }
            }
            shown.addAll(best);
            Map<GState, Integer> hidden = new EnumMap<>(timeline.state().counts());
            for (Timeline.Lane lane : shown) {
                hidden.merge(lane.goroutine().state(), -1, Integer::sum);
            }
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append("+" + (all.size() - shown.size()) + " more:", color ? DIM : AttributedStyle.DEFAULT);
            appendCounts(b, hidden);
            more.add(cut(b));
        }
        shown.sort(Comparator.comparingLong(l -> l.goroutine().id()));
    }

    private AttributedString axis() {
        StringBuilder b = new StringBuilder(" ".repeat(prefix));
        int step = narrow ? 8 : 10;
        String previous = null;
        for (int i = 0; i < cells; i += step) {
            String label = scale.format(i * slice);
            if (b.length() > prefix + i || prefix + i + label.length() > width - 1) {
                break;
            }
            if (!label.equals(previous)) {
                b.append(" ".repeat(prefix + i - b.length())).append(label);
            }
            previous = label;
        }
        return plain(b.toString(), DIM);
    }

    private AttributedString carrierLane(String carrier, Map<Long, Character> keys) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        String name = "@" + (narrow ? Text.shortCarrier(Text.clean(carrier)) : Text.clean(carrier));
        b.append(Text.pad(Text.fit(name, prefix - 1), prefix), color ? DIM : AttributedStyle.DEFAULT);
        char[] row = new char[cells];
        long[] held = new long[cells];
        java.util.Arrays.fill(row, '.');
        for (Timeline.CarrierSpan run : timeline.carrierSpans(carrier)) {
            int from = cellOf(run.start());
            int to = Math.min(cells - 1, cellOf(Math.max(run.start(), run.end() - 1)));
            for (int i = Math.max(0, from); i <= to; i++) {
                long overlap = Math.min(run.end(), (i + 1) * slice) - Math.max(run.start(), i * slice);
                if (row[i] == '.' || overlap > held[i]) {
                    Character key = keys.get(run.who().id());
                    row[i] = key == null ? '+' : key;
                    held[i] = Math.max(1, overlap);
                }
            }
        }
        int upTo = lastCell();
        b.append(new String(row, 0, upTo), color ? STYLES.get(GState.RUNNING) : AttributedStyle.DEFAULT);
        nowEdge(b, upTo);
        return cut(b);
    }

    private AttributedString lane(Timeline.Lane lane, char key) {
        TraceState.TracedGoroutine g = lane.goroutine();
        AttributedStringBuilder b = new AttributedStringBuilder();
        AttributedStyle style = color ? STYLES.get(g.state()) : AttributedStyle.DEFAULT;
        b.append(String.valueOf(key)).append(' ');
        b.append(GLYPHS.get(g.state()), style).append(' ');
        b.append(Text.pad(Text.fit(Text.clean(g.who().toString()), prefix - 5), prefix - 4));
        long now = timeline.now();
        int upTo = lastCell();
        boolean[] handOver = new boolean[cells];
        for (long t : lane.handOverTimes()) {
            int i = cellOf(t);
            if (i >= 0 && i < cells) {
                handOver[i] = true;
            }
        }
        GState[] states = states(lane.spans(now));
        int end = upTo;
        for (int i = 0; i < upTo; i++) {
            if (handOver[i]) {
                b.append("•", color ? HAND_OVER : AttributedStyle.DEFAULT);
            } else if (states[i] == null) {
                b.append(' ');
            } else {
                b.append(CELLS.get(states[i]), color ? STYLES.get(states[i]) : AttributedStyle.DEFAULT);
                if (states[i].finished()) {
                    end = i + 1;
                    break;
                }
            }
        }
        if (!g.state().finished()) {
            nowEdge(b, end);
        }
        String what = what(g);
        int room = width - 1 - b.length() - 1;
        if (!what.isEmpty() && room >= 6 && (g.state().blocked() || g.state() == GState.PANICKED)) {
            b.append(' ').append(Text.fit(what, room), color ? DIM : AttributedStyle.DEFAULT);
        }
        return cut(b);
    }

    /** The state shown in each cell: the one the goroutine spent most of the slice in, or null before it was born. */
    private GState[] states(List<Timeline.Span> spans) {
        GState[] row = new GState[cells];
        long[] best = new long[cells];
        for (Timeline.Span span : spans) {
            int from = Math.max(0, cellOf(span.start()));
            if (from >= cells) {
                break;
            }
            int to = span.duration() == 0 ? from : Math.min(cells - 1, cellOf(span.end() - 1));
            for (int i = from; i <= to; i++) {
                long overlap = Math.min(span.end(), (i + 1) * slice) - Math.max(span.start(), i * slice);
                // Longest wins; an instant (a step of the stepped scheduler) counts when nothing lasted.
                if (row[i] == null || overlap > best[i] || overlap == best[i] && overlap == 0) {
                    row[i] = span.state();
                    best[i] = Math.max(0, overlap);
                }
            }
        }
        return row;
    }

    private void nowEdge(AttributedStringBuilder b, int at) {
        if (!timeline.ended() && at < cells) {
        // Not a box-drawing character: JLine would draw those with the terminal's line-drawing set.
        b.append("▏", color ? NOW : AttributedStyle.DEFAULT);
        }
    }

    /** How many cells the run has filled so far: up to the one that holds its latest instant. */
    private int lastCell() {
        return Math.min(cells, cellOf(Math.max(0, timeline.now() - 1)) + 1);
    }

    private int cellOf(long nanos) {
        return (int) Math.min(Integer.MAX_VALUE, nanos / slice);
    }

    private String what(TraceState.TracedGoroutine g) {
        return switch (g.state()) {
            case RUNNING, RUNNABLE, DONE -> "";
            case SLEEPING -> g.sleep() == null ? "" : scale.format(g.sleep().toNanos());
            case PANICKED -> GoText.quote(g.panic());
            default -> {
                String on = g.waitingOn() == null ? "" : Text.clean(g.waitingOn().label());
                String detail = Text.clean(g.detail());
                if (on.isEmpty()) {
                    yield detail;
                }
                yield detail.isEmpty() ? on : on + " (" + detail + ")";
            }
        };
    }

    private AttributedString legend() {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (GState s : GState.values()) {
            if (s == GState.DONE || s == GState.PANICKED) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(CELLS.get(s), color ? STYLES.get(s) : AttributedStyle.DEFAULT).append(' ').append(WORDS.get(s));
        }
        b.append(" • hand-over", color ? HAND_OVER : AttributedStyle.DEFAULT);
        return cut(b);
    }

    private List<AttributedString> objects() {
        List<AttributedString> lines = new ArrayList<>();
        TraceState state = timeline.state();
        for (TraceState.TracedChannel c : state.channels()) {
            lines.add(channel(c));
        }
        for (TraceState.TracedMutex m : state.mutexes()) {
            if (m.holder() == null && m.waiters().isEmpty()) {
                continue;
            }
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append("■ ", color ? CHANNEL : AttributedStyle.DEFAULT).append(Text.clean(m.ref().label()));
            b.append(m.holder() == null ? " free" : " held by g" + m.holder());
            if (!m.waiters().isEmpty()) {
                b.append("  wait: ").append(ids(m.waiters()));
            }
            lines.add(cut(b));
        }
        return lines;
    }

    private AttributedString channel(TraceState.TracedChannel c) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append("≡ ", color ? CHANNEL : AttributedStyle.DEFAULT).append(Text.clean(c.ref().label()));
        StringBuilder rest = new StringBuilder();
        if (c.capKnown()) {
            rest.append(c.cap() == 0 ? " unbuffered" : " " + buffer(c) + " cap " + c.cap());
        }
        if (c.closed()) {
            rest.append(" closed");
        }
        if (!c.senders().isEmpty()) {
            rest.append("  send: ").append(ids(c.senders()));
        }
        if (!c.receivers().isEmpty()) {
            rest.append("  recv: ").append(ids(c.receivers()));
        }
        b.append(rest.toString());
        return cut(b);
    }

    /** {@code ["soup", "cake", _, _]}, shortened to {@code ["soup", "cake", …+10]} or a count when long. */
    private String buffer(TraceState.TracedChannel c) {
        List<String> values = c.buffer();
        int budget = narrow ? 18 : 40;
        List<String> parts = new ArrayList<>();
        for (String v : values) {
            parts.add(Text.fit(Text.clean(v), 10));
        }
        int free = Math.max(0, c.cap() - values.size());
        if (free <= 4) {
            for (int i = 0; i < free; i++) {
                parts.add("_");
            }
        } else {
            parts.add("_×" + free);
        }
        String full = "[" + String.join(", ", parts) + "]";
        if (full.length() <= budget) {
            return full;
        }
        StringBuilder b = new StringBuilder("[");
        int i = 0;
        while (i < values.size() && b.length() + parts.get(i).length() + 12 < budget) {
            b.append(parts.get(i)).append(", ");
            i++;
        }
        b.append("…+").append(values.size() - i);
        if (free > 0) {
            b.append(", _×").append(free);
        }
        return b.append(']').toString();
    }

    private static String ids(java.util.Collection<Long> ids) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (long id : ids) {
            if (n == 4) {
                b.append(" +").append(ids.size() - 4);
                break;
            }
            if (n > 0) {
                b.append(' ');
            }
            b.append('g').append(id);
            n++;
        }
        return b.toString();
    }

    private List<AttributedString> footer(Footer footer) {
        TraceState state = timeline.state();
        List<AttributedStringBuilder> segments = new ArrayList<>();
        AttributedStringBuilder time = new AttributedStringBuilder();
        time.append(footer.scale().format(timeline.now()), color ? AttributedStyle.BOLD : AttributedStyle.DEFAULT);
        segments.add(time);
        AttributedStringBuilder counts = new AttributedStringBuilder();
        if (state.goroutines().isEmpty()) {
            counts.append("no goroutines yet");
        } else {
            appendCounts(counts, state.counts());
        }
        segments.add(trimLeading(counts));
        AttributedStringBuilder carriers = new AttributedStringBuilder();
        if (timeline.carriers().isEmpty()) {
            if (!state.goroutines().isEmpty()) {
                carriers.append("stepped: one goroutine at a time");
            }
        } else if (footer.carriers() != null && !timeline.ended()) {
            carriers.append("carriers " + footer.carriers().busy() + "/" + footer.carriers().parallelism() + " busy");
        } else {
            long busy = state.goroutines().stream().filter(g -> g.state() == GState.RUNNING)
                    .map(TraceState.TracedGoroutine::carrier).filter(c -> !c.isEmpty()).distinct().count();
            carriers.append("carriers " + busy + "/" + timeline.carriers().size() + " busy");
        }
        if (carriers.length() > 0) {
            segments.add(carriers);
        }
        if (footer.folded() > 0) {
            AttributedStringBuilder folded = new AttributedStringBuilder();
            folded.append("past the recorder's bound: " + footer.started() + " started, " + footer.ended()
                    + " ended, " + footer.folded() + " events counted", color ? DIM : AttributedStyle.DEFAULT);
            segments.add(folded);
        }
        // Segments share a line while they fit, and move to the next line whole.
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder();
        for (AttributedStringBuilder segment : segments) {
            if (line.length() > 0 && line.length() + 2 + segment.length() > width - 1) {
                lines.add(cut(line));
                line = new AttributedStringBuilder();
            }
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(segment.toAttributedString());
        }
        lines.add(cut(line));
        return lines;
    }

    private void appendCounts(AttributedStringBuilder b, Map<GState, Integer> counts) {
        for (GState s : GState.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0) {
                b.append(' ').append(GLYPHS.get(s) + n, color ? STYLES.get(s) : AttributedStyle.DEFAULT);
            }
        }
    }

    private static AttributedStringBuilder trimLeading(AttributedStringBuilder b) {
        if (b.length() > 0 && b.charAt(0) == ' ') {
            AttributedStringBuilder t = new AttributedStringBuilder();
            t.append(b.toAttributedString().subSequence(1, b.length()));
            return t;
        }
        return b;
    }

    private AttributedString plain(String s, AttributedStyle style) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(s, color ? style : AttributedStyle.DEFAULT);
        return cut(b);
    }

    /** The line cut to one column less than the width, with {@code …} where it was cut. */
    private AttributedString cut(AttributedStringBuilder b) {
        AttributedString s = b.toAttributedString();
        int max = width - 1;
        if (s.length() <= max) {
            return s;
        }
        AttributedStringBuilder c = new AttributedStringBuilder();
        c.append(s.subSequence(0, max - 1)).append("…");
        return c.toAttributedString();
    }
}
