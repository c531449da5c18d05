package dev.gocon.app.share;

import dev.gocon.app.json.Json;
import dev.gocon.app.present.ScreenState;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import dev.gocon.go.Ticker;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jline.utils.AttributedString;

/**
 * The broadcast behind {@code present --share}: the course's hub pattern on gocon's own runtime. One
 * owner goroutine ({@code hub}) receives every update of the presenter's screen and hands a copy to each
 * follower through that follower's own bounded channel; the followers' goroutines write their channel
 * to their sockets.
 *
 * <p>No follower can slow the presenter: the owner only ever {@link Channel#trySend tries} a follower's
 * channel. A follower whose channel is full misses that update and is marked for a resync: its next
 * delivery is a whole screen (for the asciicast stream, a full redraw; for the state stream, simply
 * the next state), so it catches up instead of piling up; the owner's timer also offers it the whole
 * screen every {@link #RESYNC_MILLIS} ms, so it catches up even when the presenter stops drawing. An
 * asciicast follower is only ever redrawn from a screen newer than the last line it missed: a redraw
 * from an older screen would leave it without that line's output for good, since the lines that follow
 * only change the screen from there. A
 * follower that misses {@link #MAX_MISSED} updates or offers in a row is dropped and its connection
 * closed. So at most {@link #QUEUE} messages wait per
 * follower, whatever it does, and a follower never sends anything back.
 *
 * <p>Two streams are served: {@link Kind#CAST}, the session as asciicast v2 lines (the same lines as
 * {@code --record} writes, from the moment the follower joins), and {@link Kind#STATE}, the screen's
 * {@link ScreenState} as JSON, for followers that draw the slide again at their own size.
 *
 * <p>Thread safety: {@link #castWriter()}'s writer and {@link #publish} are for the presenter's thread;
 * {@link #join} and {@link #leave} for connection goroutines; all talk to the owner by channels only.
 */
public final class ShareHub implements AutoCloseable {

    /** The messages that may wait for one follower. */
    public static final int QUEUE = 16;
    /** The updates a follower may miss in a row before it is dropped. */
    public static final int MAX_MISSED = 256;
    /** How often the owner offers a lagging follower the whole screen. */
    static final long RESYNC_MILLIS = 100;
    /** The updates that may wait for the owner. */
    static final int UPDATES = 256;
    /** The most followers at once, by default. */
    public static final int MAX_FOLLOWERS = 300;
    /** The most followers from one address, by default. */
    public static final int PER_ADDRESS = 5;

    /** What a follower receives. */
    public enum Kind { CAST, STATE }

    /** A connection the hub refused, with the reason to send back. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * What the hub has done so far (read while it runs, for tests and the presenter's log).
     *
     * @param resyncTicks how many times the owner's timer has offered the lagging followers the screen
     * @param lagging     how many followers still needed the whole screen after the last of those offers
     */
    public record Stats(long updates, long delivered, long missed, long dropped, int followers, int mostQueued,
            long presenterWaits, long resyncTicks, int lagging) {
    }

    private sealed interface Update permits CastLine, Screen {
    }

    private record CastLine(String line) implements Update {
    }

    private record Screen(ScreenState state) implements Update {
    }

    /** One follower, as the owner sees it; {@code missed}, {@code resync} and {@code missedLine} belong to the owner. */
    public static final class Follower {
        final Kind kind;
        final String address;
        final Channel<String> out;
        final Runnable disconnect;
        final Channel<String> verdict = Channel.make("verdict", 1);
        int missed;
        boolean resync;
        /** For an asciicast follower, the number (from 1) of the last line it missed; 0 if none. */
        long missedLine;

        Follower(Kind kind, String address, Runnable disconnect, String name) {
            this.kind = kind;
            this.address = address;
            this.disconnect = disconnect;
            this.out = Channel.make(name, QUEUE);
        }

        /** What to write to this follower's connection, in order, until the channel is closed. */
        public Channel<String> messages() {
            return out;
        }
    }

    private final Channel<Update> updates = Channel.make("updates", UPDATES);
    private final Channel<Follower> joins = Channel.make("joins");
    private final Channel<Follower> leaves = Channel.make("leaves");
    private final Channel<Boolean> done = Channel.make("done");
    private final int maxFollowers;
    private final int perAddress;
    private final Consumer<String> observer;
    private final AtomicLong updateCount = new AtomicLong();
    private final AtomicLong deliveredCount = new AtomicLong();
    private final AtomicLong missedCount = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private final AtomicLong presenterWaits = new AtomicLong();
    private final AtomicLong resyncTicks = new AtomicLong();
    private volatile int lagging;
    private volatile int followerCount;
    private volatile int mostQueued;
    private final AtomicLong names = new AtomicLong();
    private volatile ScreenState latest;
    private boolean closed;

    /**
     * Starts the owner goroutine.
     *
     * @param observer told "joined", "left", "dropped a slow follower at ADDRESS", for tests and logs
     */
    public ShareHub(int maxFollowers, int perAddress, Consumer<String> observer) {
        this.maxFollowers = maxFollowers;
        this.perAddress = perAddress;
        this.observer = observer;
        Go.go("hub", this::own);
    }

    /** A writer for the session's asciicast lines (the recorder writes to it); each line goes to CAST followers. */
    public Writer castWriter() {
        return new LineWriter(line -> send(new CastLine(line)));
    }

    /** Sends the presenter's new screen to the followers. */
    public void publish(ScreenState state) {
        send(new Screen(state));
    }

    /** Hands an update to the owner; waits only if the owner itself is behind (counted), never for a follower. */
    private void send(Update update) {
        if (!updates.trySend(update)) {
            presenterWaits.incrementAndGet();
            updates.send(update);
        }
    }

    /**
     * Asks the owner to admit a follower; returns it, or throws with the reason it was refused (too many
     * followers, too many from one address, the session is over).
     *
     * @param disconnect closes the follower's connection; the owner calls it to drop a slow follower
     */
    public Follower join(Kind kind, String address, Runnable disconnect) throws Refused {
        Follower follower = new Follower(kind, address, disconnect, "follower-" + names.incrementAndGet());
        boolean[] sent = {false};
        Select.select(Select.send(joins, follower, () -> sent[0] = true), Select.receive(done, (v, ok) -> { }));
        String verdict = sent[0] ? follower.verdict.receive() : "the session is over";
        if (!verdict.isEmpty()) {
            throw new Refused(verdict);
        }
        return follower;
    }

    /** Tells the owner that a follower's connection ended. */
    public void leave(Follower follower) {
        Select.select(Select.send(leaves, follower, null), Select.receive(done, (v, ok) -> { }));
    }

    /** The presenter's screen now, if it has drawn one: what a new page shows before its stream starts. */
    public java.util.Optional<ScreenState> latest() {
        return java.util.Optional.ofNullable(latest);
    }

    public Stats stats() {
        return new Stats(updateCount.get(), deliveredCount.get(), missedCount.get(), droppedCount.get(),
                followerCount, mostQueued, presenterWaits.get(), resyncTicks.get(), lagging);
    }

    /** Ends the share: every follower's channel is closed, so its goroutine writes what is queued and ends. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            updates.close();
        }
    }

    // The owner goroutine: the only code that touches these fields.

    private final List<Follower> followers = new ArrayList<>();
    private final Map<String, Integer> perAddressCount = new HashMap<>();
    private String header;
    private String lastTime = "0.000000";
    private ScreenState screen;
    /** How many asciicast lines have come, and how many had come when {@link #screen} did. */
    private long castLines;
    private long screenAfterLine;

    private void own() {
        boolean[] open = {true};
        Ticker resync = Go.newTicker(Duration.ofMillis(RESYNC_MILLIS));
        try {
            while (open[0]) {
                Select.select(
                        Select.receive(updates, (update, ok) -> {
                            if (ok) {
                                deliver(update);
                            } else {
                                open[0] = false;
                            }
                        }),
                        Select.receive(joins, this::admit),
                        Select.receive(resync.c(), (Instant now) -> resyncLagging()),
                        Select.receive(leaves, (Follower f) -> remove(f, "left")));
            }
        } finally {
            resync.stop();
            for (Follower f : followers) {
                f.out.close(); // what is queued is still written; the door closes the connections
            }
            followers.clear();
            followerCount = 0;
            done.close();
        }
    }

    private void admit(Follower f) {
        int fromThere = perAddressCount.getOrDefault(f.address, 0);
        if (followers.size() >= maxFollowers) {
            f.verdict.send("too many followers (" + maxFollowers + ")");
            return;
        }
        if (fromThere >= perAddress) {
            f.verdict.send("too many followers from " + f.address + " (" + perAddress + ")");
            return;
        }
        followers.add(f);
        perAddressCount.put(f.address, fromThere + 1);
        followerCount = followers.size();
        f.verdict.send("");
        if (f.kind == Kind.CAST && header != null) {
            offer(f, (screen == null ? header : resizedHeader(screen.width(), screen.height())) + "\n");
            if (screen != null) {
                offer(f, fullRedraw(screen));
            }
            if (castLines > screenAfterLine) {
                // lines came after that screen: this follower catches up from the next one
                f.resync = true;
                f.missedLine = castLines;
            }
        }
        if (f.kind == Kind.STATE && screen != null) {
            offer(f, sse(screen));
        }
        observer.accept("joined");
    }

    private void remove(Follower f, String why) {
        if (!followers.remove(f)) {
            return;
        }
        perAddressCount.merge(f.address, -1, Integer::sum);
        followerCount = followers.size();
        f.out.close();
        f.disconnect.run();
        observer.accept(why);
    }

    private void deliver(Update update) {
        updateCount.incrementAndGet();
        switch (update) {
            case CastLine(String line) -> {
                if (header == null && line.startsWith("{")) {
                    header = line;
                    return;
                }
                int comma = line.indexOf(',');
                if (line.startsWith("[") && comma > 1) {
                    lastTime = line.substring(1, comma);
                }
                castLines++;
                for (Follower f : List.copyOf(followers)) {
                    if (f.kind != Kind.CAST) {
                        continue;
                    }
                    if (f.resync) {
                        miss(f);
                        f.missedLine = castLines;
                    } else if (!offer(f, line + "\n")) {
                        f.missedLine = castLines;
                    }
                }
            }
            case Screen(ScreenState state) -> {
                screen = state;
                screenAfterLine = castLines;
                latest = state;
                String event = null;
                String full = null;
                for (Follower f : List.copyOf(followers)) {
                    if (f.kind == Kind.STATE) {
                        event = event == null ? sse(state) : event;
                        f.resync = !offer(f, event);
                    } else if (f.resync) {
                        full = full == null ? fullRedraw(state) : full;
                        f.resync = !offer(f, full);
                    }
                }
            }
        }
    }

    /** Offers the whole screen to each follower that missed something, so it catches up. */
    private void resyncLagging() {
        resyncTicks.incrementAndGet();
        if (screen == null) {
            return;
        }
        int behind = 0;
        for (Follower f : List.copyOf(followers)) {
            if (f.resync && f.kind == Kind.STATE) {
                f.resync = !offer(f, sse(screen));
            } else if (f.resync && f.missedLine <= screenAfterLine) {
                f.resync = !offer(f, fullRedraw(screen));
            }
            behind += f.resync ? 1 : 0;
        }
        lagging = behind;
    }

    /** Tries to queue {@code message} for {@code f}; a full queue is a miss, and too many in a row drop it. */
    private boolean offer(Follower f, String message) {
        if (f.out.trySend(message)) {
            f.missed = 0;
            deliveredCount.incrementAndGet();
            mostQueued = Math.max(mostQueued, f.out.len());
            return true;
        }
        miss(f);
        return false;
    }

    /** Counts an update {@code f} did not get; it will need a whole screen, and too many in a row drop it. */
    private void miss(Follower f) {
        f.missed++;
        f.resync = true;
        missedCount.incrementAndGet();
        if (f.missed > MAX_MISSED) {
            droppedCount.incrementAndGet();
            remove(f, "dropped a slow follower at " + f.address);
        }
    }

    private static String sse(ScreenState state) {
        return "data: " + ScreenJson.write(state) + "\n\n";
    }

    /** One asciicast event that draws the whole screen from scratch, at the time of the last event. */
    private String fullRedraw(ScreenState state) {
        StringBuilder data = new StringBuilder("\033[0m\033[H\033[2J");
        for (int row = 0; row < state.rows().size(); row++) {
            AttributedString line = state.rows().get(row);
            data.append("\033[").append(row + 1).append(";1H").append(line.toAnsi()).append("\033[0m");
        }
        return "[" + lastTime + ", \"o\", " + Json.quote(data.toString()) + "]\n";
    }

    /** The session's header with another size: the screen a late follower starts from. */
    private String resizedHeader(int width, int height) {
        return header.replaceFirst("\"width\": \\d+", "\"width\": " + width)
                .replaceFirst("\"height\": \\d+", "\"height\": " + height);
    }
}
