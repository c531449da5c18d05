package dev.gocon.app.render.trace;

import dev.gocon.trace.Recorder;
import dev.gocon.go.RunReport;
import dev.gocon.trace.Timeline;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalExt;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The {@code live} mode: a region at the bottom of the terminal, redrawn in place at most 30 times a
 * second with JLine's {@link Display}, showing a {@link LiveFrame} of the run; the demo's own lines
 * scroll above it.
 *
 * <p>Restoring the terminal: the cursor is hidden when the view opens, and shown again by
 * {@link #close()}, which runs in every case: from the caller's {@code finally}, and from a JVM
 * shutdown hook registered at open (Ctrl-C, {@code System.exit}). Before showing the cursor, close
 * draws the last frame and moves the cursor below it, so the shell prompt starts on a fresh line. If
 * the terminal object is already closed (JLine's own shutdown hook may run first on Ctrl-C), close
 * writes the terminal's "cursor normal" sequence straight to the process's stdout (or stderr).
 */
final class LiveView extends RecordingView {

    /*
     * Implementation notes.
     *
     * One platform render thread ticks every 33 ms under the view's lock: it drains new events into
     * the Timeline, moves its now edge on at the run's time (the last event's time plus the real time
     * since, divided by the pace), builds the frame, and writes only if the frame, the size or the pending demo
     * lines changed. A write is one terminal.synchronizedUpdate (mode 2026) so terminals that support
     * it show no half-drawn frame: if there are demo lines, the Display is first emptied (cursor back
     * at the region's first line, as LineReader.printAbove does), the lines are printed, and the
     * region is redrawn below them. Demo lines are queued by the printing goroutine and never wait for
     * the terminal. The size is read every tick, so a resize takes effect at the next frame.
     */

    private static final long FRAME_NANOS = 1_000_000_000L / 30;

    private final Terminal terminal;
    private final Display display;
    private final Timeline timeline = new Timeline();
    private final Recorder.Cursor cursor;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final Supplier<CarrierStats> carriers;
    private final LongSupplier clock;
    private final Thread restoreHook;
    private final byte[] showCursor;
    private List<AttributedString> lastFrame = List.of();
    private int lastColumns;
    private int lastRows;
    private boolean over;
    private long frames;
    private long lastEventNanos = -1;
    private long seenAt;

    /** True when {@code terminal} can show a live region: present, not dumb. */
    static boolean usable(Terminal terminal) {
        if (terminal == null) {
            return false;
        }
        String type = terminal.getType();
        return type != null && !type.startsWith(Terminal.TYPE_DUMB);
    }

    LiveView(TraceOptions options) {
        this(options, new Recorder(), CarrierStats.current(), System::nanoTime, true);
    }

    /** For tests: a given recorder, carrier numbers and clock; without a render thread if asked. */
    LiveView(TraceOptions options, Recorder recorder, Supplier<CarrierStats> carriers, LongSupplier clock,
             boolean renderThread) {
        super(options, recorder, FRAME_NANOS);
        this.terminal = options.terminal();
        this.display = new Display(terminal, false);
        this.cursor = recorder.cursor();
        this.carriers = carriers;
        this.clock = clock;
        String show = terminal.getStringCapability(Capability.cursor_normal);
        this.showCursor = (show == null ? "" : org.jline.utils.Curses.tputs(show)).getBytes(StandardCharsets.UTF_8);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        this.restoreHook = Thread.ofPlatform().unstarted(this::close);
        Runtime.getRuntime().addShutdownHook(restoreHook);
        if (renderThread) {
            startRendering("gocon-trace-live");
        }
    }

    @Override
    protected void tick() {
        render(false);
    }

    /** Draws a frame now, as the render thread would; for tests without one. */
    void renderNow() {
        lock.lock();
        try {
            render(false);
        } finally {
            lock.unlock();
        }
    }

    private void render(boolean force) {
        if (over) {
            return;
        }
        if (cursor.drain(timeline::apply) > 0 || lastEventNanos < 0) {
            lastEventNanos = timeline.now();
            seenAt = clock.getAsLong();
        }
        timeline.advanceTo(lastEventNanos + (long) ((clock.getAsLong() - seenAt) / options.pace()));
        Size size = terminal.getSize();
        int columns = size.getColumns() > 0 ? size.getColumns() : options.width() > 0 ? options.width() : 80;
        int rows = size.getRows() > 0 ? size.getRows() : 24;
        List<String> lines = new ArrayList<>();
        for (String line; (line = pending.poll()) != null; ) {
            lines.add(line);
        }
        List<AttributedString> frame = LiveFrame.build(timeline, columns, regionHeight(rows), options.color(),
                new LiveFrame.Footer(options.scale(), carriers.get(), recorder.foldedTotal(), started(), ended()));
        boolean resized = columns != lastColumns || rows != lastRows;
        if (!force && lines.isEmpty() && !resized && frame.equals(lastFrame)) {
            return;
        }
        if (resized) {
            display.resize(rows, columns);
            lastColumns = columns;
            lastRows = rows;
        }
        terminal.synchronizedUpdate(() -> {
            if (!lines.isEmpty()) {
                display.update(List.of(), 0, false);
                for (String line : lines) {
                    terminal.writer().print(line);
                    terminal.writer().print('\n');
                }
            }
            display.update(frame, -1, false);
        });
        terminal.flush();
        lastFrame = frame;
        frames++;
    }

    /** The region takes at most three quarters of the screen, so the narration above stays in view. */
    static int regionHeight(int rows) {
        return Math.max(3, Math.min(rows - 1, rows * 3 / 4));
    }

    @Override
    protected void demoLine(String line) {
        pending.add(line);
    }

    /** Goroutines started so far, main included, from the recorder's exact counters. */
    private long started() {
        return recorder.total(Recorder.Kind.SPAWN) + (recorder.total(Recorder.Kind.START) > 0 ? 1 : 0);
    }

    /** Goroutines ended so far, from the recorder's exact counters. */
    private long ended() {
        return recorder.total(Recorder.Kind.EXIT) + recorder.total(Recorder.Kind.PANIC);
    }

    @Override
    protected void drawFinal() {
        // The last frame: every event is in (the run is over), and the timeline ends where the run did.
        cursor.drain(timeline::apply);
        RunReport report = report();
        if (report != null) {
            java.util.Set<Long> leftBlocked = new java.util.HashSet<>();
            report.leaked().forEach(leak -> leftBlocked.add(leak.id()));
            timeline.end(Math.max(timeline.now(), report.nanos()), leftBlocked);
        } else {
            timeline.end(timeline.now(), null);
        }
        render(true);
        leave();
    }

    @Override
    protected void restore() {
        boolean restored = false;
        try {
            if (!over) {
                render(true);
                leave();
            }
            over = true;
            terminal.puts(Capability.cursor_normal);
            terminal.flush();
            restored = true;
        } catch (RuntimeException | IOError e) {
            // On Ctrl-C, JLine's own shutdown hook may have closed the terminal already.
        } finally {
            over = true;
            if (!restored) {
                showCursorDirectly();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(restoreHook);
            } catch (IllegalStateException | SecurityException e) {
                // Already shutting down: this is the hook itself running.
            }
        }
    }

    /**
     * Shows the cursor by writing straight to the process's stdout or stderr, for when the terminal
     * object is closed (Ctrl-C) but the terminal it stood for is still there.
     */
    private void showCursorDirectly() {
        if (!(terminal instanceof TerminalExt ext) || ext.getSystemStream() == null
                || ext.getSystemStream() == SystemStream.Input) {
            return;
        }
        FileDescriptor fd = ext.getSystemStream() == SystemStream.Error ? FileDescriptor.err : FileDescriptor.out;
        try {
            FileOutputStream out = new FileOutputStream(fd);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(showCursor);
            out.flush();
        } catch (IOException e) {
            // Nothing left to write to.
        }
    }

    /** Leaves the last frame on screen and puts the cursor on the line below it. */
    private void leave() {
        over = true;
        terminal.writer().print('\n');
        terminal.flush();
    }

    @Override
    protected java.io.PrintStream messages() {
        return new java.io.PrintStream(new LineSink(line -> {
            try {
                terminal.writer().println(line);
                terminal.flush();
            } catch (RuntimeException e) {
                // The terminal object was closed by Ctrl-C: the plain output still works.
                options.out().println(line);
            }
        }), true, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    protected void failed(Throwable e) {
        terminal.writer().println();
        terminal.writer().println("gocon: live trace stopped: " + e);
        terminal.flush();
    }

    /** The frame drawn last; for tests. */
    List<AttributedString> lastFrame() {
        lock.lock();
        try {
            return lastFrame;
        } finally {
            lock.unlock();
        }
    }

    /** How many frames were written; for tests. */
    long frames() {
        return frames;
    }
}
