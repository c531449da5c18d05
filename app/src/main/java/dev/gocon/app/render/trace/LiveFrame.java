package dev.gocon.app.render.trace;

import dev.gocon.trace.Durations;
import dev.gocon.trace.GoText;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceState;
import dev.gocon.trace.TraceState.GState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws one frame of the live view from a {@link TraceState}: a pure function of the state, the
 * terminal's size and the footer's numbers, so that frames can be compared in tests.
 *
 * <p>The frame has three parts, each line shorter than the width (a lane never wraps):
 * <pre>
 * ▶ g1 main            @carrier-1  running
 * → g3 chef-2          @carrier-2  send     orders (buffer full)
 * ≡ orders ["soup", "cake", _, _] cap 4  send: g3
 * 12.4s  ▶1 →1 ✓2  carriers 2/2 busy
 * </pre>
 * <ul>
 *   <li>one lane per goroutine, by id: its state's glyph, who it is, the carrier it last ran on, its
 *       state and what it waits on; when they do not fit, the busiest lanes (unfinished first, then
 *       by number of events) and a {@code +k more} line counting the others by state;</li>
 *   <li>one line per channel: its buffer (values as the log prints them, a string in quotes;
 *       {@code _} for a free slot), capacity, closed, and the goroutines blocked sending and receiving; one per mutex: its holder and waiters;</li>
 *   <li>a footer: elapsed time, goroutines by state (glyph and count), carriers busy.</li>
 * </ul>
 * Below 60 columns the lane's columns shrink ({@code @c1} for {@code @carrier-1}).
 */
public final class LiveFrame {

    /** The numbers of the footer that do not come from the trace. */
    record Footer(long elapsedNanos, CarrierStats carriers, long folded) {}

    private static final Map<GState, String> GLYPHS = new EnumMap<>(GState.class);
    private static final Map<GState, String> WORDS = new EnumMap<>(GState.class);
    private static final Map<GState, AttributedStyle> STYLES = new EnumMap<>(GState.class);

    static {
        put(GState.RUNNING, "▶", "running", AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold());
        put(GState.RUNNABLE, "▷", "runnable", AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
        put(GState.BLOCKED_SEND, "→", "send", AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
        put(GState.BLOCKED_RECEIVE, "←", "recv", AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
        put(GState.BLOCKED_SELECT, "◇", "select", AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));
        put(GState.BLOCKED_LOCK, "■", "lock", AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
        put(GState.SLEEPING, "z", "sleep", AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE));
        put(GState.DONE, "✓", "done", AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK));
        put(GState.PANICKED, "✗", "panic", AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.RED).bold());
    }

    private static void put(GState state, String glyph, String word, AttributedStyle style) {
        GLYPHS.put(state, glyph);
        WORDS.put(state, word);
        STYLES.put(state, style);
    }

    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    private static final AttributedStyle CHANNEL = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final boolean color;
    private final int width;
    private final boolean narrow;

    private LiveFrame(boolean color, int width) {
        this.color = color;
        this.width = Math.max(20, width);
        this.narrow = this.width < 60;
    }

    /** The glyph of a state, as the frame and the legend show it. */
    static String glyph(GState state) {
        return GLYPHS.get(state);
    }

    /**
     * The frame for a terminal of {@code width} columns, using at most {@code height} lines.
     */
    static List<AttributedString> build(TraceState state, int width, int height, boolean color, Footer footer) {
        return new LiveFrame(color, width).frame(state, Math.max(3, height), footer);
    }

    /**
     * The live lanes of {@code state} for a region of {@code width} x {@code height} that is not a whole
     * terminal (a presenter's slide), with the run's elapsed time in the footer.
     */
    public static List<AttributedString> lanes(TraceState state, int width, int height, boolean color,
                                               long elapsedNanos) {
        return build(state, width, height, color, new Footer(elapsedNanos, null, 0));
    }

    private List<AttributedString> frame(TraceState state, int height, Footer footer) {
        List<AttributedString> footerLines = footer(state, footer);
        List<AttributedString> objects = objects(state);
        int available = Math.max(1, height - footerLines.size());
        int objectQuota = objects.isEmpty() ? 0 : Math.min(objects.size(), Math.max(1, available / 3));
        int laneQuota = Math.max(1, available - objectQuota);

        List<AttributedString> lines = new ArrayList<>(lanes(state, laneQuota));
        if (objects.size() > objectQuota) {
            List<AttributedString> cut = new ArrayList<>(objects.subList(0, Math.max(0, objectQuota - 1)));
            cut.add(plain("≡ +" + (objects.size() - cut.size()) + " more", DIM));
            objects = cut;
        }
        lines.addAll(objects);
        lines.addAll(footerLines);
        return lines;
    }

    private List<AttributedString> lanes(TraceState state, int quota) {
        List<TraceState.Goroutine> all = new ArrayList<>(state.goroutines());
        List<TraceState.Goroutine> shown;
        List<TraceState.Goroutine> hidden = List.of();
        if (all.size() <= quota) {
            shown = all;
        } else {
            List<TraceState.Goroutine> ranked = new ArrayList<>(all);
            ranked.sort(Comparator.comparing((TraceState.Goroutine g) -> g.state().finished())
                    .thenComparing(Comparator.comparingLong(TraceState.Goroutine::events).reversed())
                    .thenComparingLong(TraceState.Goroutine::id));
            shown = new ArrayList<>(ranked.subList(0, Math.max(0, quota - 1)));
            hidden = ranked.subList(shown.size(), ranked.size());
        }
        shown = new ArrayList<>(shown);
        shown.sort(Comparator.comparingLong(TraceState.Goroutine::id));
        List<AttributedString> lines = new ArrayList<>();
        for (TraceState.Goroutine g : shown) {
            lines.add(lane(g));
        }
        if (!hidden.isEmpty()) {
            Map<GState, Integer> counts = new EnumMap<>(GState.class);
            for (TraceState.Goroutine g : hidden) {
                counts.merge(g.state(), 1, Integer::sum);
            }
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append("+" + hidden.size() + " more:", color ? DIM : AttributedStyle.DEFAULT);
            appendCounts(b, counts);
            lines.add(cut(b));
        }
        return lines;
    }

    private AttributedString lane(TraceState.Goroutine g) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        AttributedStyle style = color ? STYLES.get(g.state()) : AttributedStyle.DEFAULT;
        b.append(GLYPHS.get(g.state()), style).append(' ');
        String who = Text.clean(g.who().toString());
        String carrier = g.carrier().isEmpty() ? "-" : Text.clean(g.carrier());
        if (narrow) {
            b.append(Text.pad(Text.fit(who, 12), 12)).append(' ');
            b.append(Text.pad("@" + Text.shortCarrier(carrier), 4), color ? DIM : AttributedStyle.DEFAULT).append(' ');
            b.append(what(g).isEmpty() ? shortWord(g) : Text.pad(shortWord(g), 6), style);
        } else {
            b.append(Text.pad(Text.fit(who, 18), 18)).append(' ');
            b.append(Text.pad("@" + Text.fit(carrier, 12), 12), color ? DIM : AttributedStyle.DEFAULT).append(' ');
            b.append(what(g).isEmpty() ? word(g) : Text.pad(word(g), 8), style);
        }
        String what = what(g);
        if (!what.isEmpty()) {
            b.append(' ').append(what);
        }
        return cut(b);
    }

    private static String word(TraceState.Goroutine g) {
        if (g.reason() == TraceEvent.BlockReason.WAITGROUP) {
            return "wait";
        }
        return WORDS.get(g.state());
    }

    private static String shortWord(TraceState.Goroutine g) {
        return switch (g.state()) {
            case RUNNING -> "run";
            case RUNNABLE -> "ready";
            default -> word(g);
        };
    }

    private static String what(TraceState.Goroutine g) {
        return switch (g.state()) {
            case RUNNING, RUNNABLE, DONE -> "";
            case SLEEPING -> g.sleep() == null ? "" : Durations.format(g.sleep());
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

    private List<AttributedString> objects(TraceState state) {
        List<AttributedString> lines = new ArrayList<>();
        for (TraceState.Channel c : state.channels()) {
            lines.add(channel(c));
        }
        for (TraceState.Mutex m : state.mutexes()) {
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

    private AttributedString channel(TraceState.Channel c) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append("≡ ", color ? CHANNEL : AttributedStyle.DEFAULT).append(Text.clean(c.ref().label()));
        StringBuilder rest = new StringBuilder();
        if (!c.capKnown()) {
            rest.append("");
        } else if (c.cap() == 0) {
            rest.append(" unbuffered");
        } else {
            rest.append(' ').append(buffer(c));
            rest.append(" cap ").append(c.cap());
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
    private String buffer(TraceState.Channel c) {
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

    private List<AttributedString> footer(TraceState state, Footer footer) {
        List<AttributedStringBuilder> segments = new ArrayList<>();
        AttributedStringBuilder time = new AttributedStringBuilder();
        time.append(Durations.format(Duration.ofNanos(roundToTenth(footer.elapsedNanos()))), color ? AttributedStyle.BOLD : AttributedStyle.DEFAULT);
        segments.add(time);
        AttributedStringBuilder counts = new AttributedStringBuilder();
        if (state.goroutines().isEmpty()) {
            counts.append("no goroutines yet");
        } else {
            appendCounts(counts, state.counts());
        }
        segments.add(trimLeading(counts));
        AttributedStringBuilder carriers = new AttributedStringBuilder();
        CarrierStats stats = footer.carriers();
        if (stats == null) {
            long busy = state.goroutines().stream().filter(g -> g.state() == GState.RUNNING)
                    .map(TraceState.Goroutine::carrier).filter(c -> !c.isEmpty()).distinct().count();
            carriers.append("carriers " + busy + " busy");
        } else {
            carriers.append("carriers " + stats.busy() + "/" + stats.parallelism() + " busy");
        }
        segments.add(carriers);
        if (footer.folded() > 0) {
            AttributedStringBuilder folded = new AttributedStringBuilder();
            folded.append("+" + footer.folded() + " events counted only", color ? DIM : AttributedStyle.DEFAULT);
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

    private static long roundToTenth(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return nanos / 100_000_000L * 100_000_000L;
        }
        if (nanos >= 1_000_000L) {
            return nanos / 100_000L * 100_000L;
        }
        return nanos / 100L * 100L;
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
