package dev.gocon.app.present;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The whole terminal taken over by one program, such as the presenter, a lesson's walk or a student following:
 * alternate screen, cursor hidden, raw keys, Ctrl-C and resize noticed, and everything given back by
 * {@link #close()}, or by a shutdown hook if the JVM is stopped from outside.
 *
 * <p>Frames are drawn with JLine's {@link Display}, which rewrites only what changed. Every byte goes to
 * one stream: the terminal's own, or a tee that also records or shares it. For that, the Display draws on
 * a twin of the terminal (same type, size and output modes) whose output is that stream, while keys,
 * raw mode and signals stay with the real terminal.
 *
 * <p>Thread safety: {@link #draw} and {@link #close} may be called from any thread; they are serialized.
 */
public final class FullScreen implements AutoCloseable {

    private final Terminal terminal;
    private final LineDisciplineTerminal twin;
    private final Display display;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Attributes saved;
    private final SignalHandler oldInt;
    private final SignalHandler oldWinch;
    private final Thread lastResort;
    private volatile boolean interrupted;
    private volatile boolean resized;
    private Size drawnSize;

    private FullScreen(Terminal terminal, OutputStream screen) throws IOException {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        this.twin = new LineDisciplineTerminal("gocon-screen", terminal.getType(), screen, terminal.encoding());
        twin.setAttributes(terminal.getAttributes());
        twin.setSize(size(terminal));
        this.display = new Display(twin, true);
        this.oldInt = terminal.handle(Signal.INT, signal -> interrupted = true);
        this.oldWinch = terminal.handle(Signal.WINCH, signal -> resized = true);
        // If the JVM is stopped from outside (kill), finally blocks do not run; a shutdown hook does.
        this.lastResort = new Thread(this::leaveScreen, "gocon-screen-restore");
        Runtime.getRuntime().addShutdownHook(lastResort);
        twin.puts(Capability.enter_ca_mode);
        twin.puts(Capability.cursor_invisible);
        twin.puts(Capability.clear_screen);
        twin.flush();
    }

    /**
     * Takes over {@code terminal}, writing everything to {@code screen} ({@code terminal.output()}, or a
     * tee of it).
     */
    public static FullScreen open(Terminal terminal, OutputStream screen) throws IOException {
        return new FullScreen(terminal, screen);
    }

    /** The terminal's size now (at least 20x8, whatever the terminal reports). */
    public Size size() {
        return size(terminal);
    }

    private static Size size(Terminal terminal) {
        return new Size(Math.max(20, terminal.getWidth()), Math.max(8, terminal.getHeight()));
    }

    /** True once Ctrl-C was pressed (with raw keys, a Ctrl-C that reaches the key reader counts too). */
    public boolean interrupted() {
        return interrupted;
    }

    /** True if the terminal was resized since the last call. */
    public boolean takeResize() {
        boolean was = resized;
        resized = false;
        return was;
    }

    /** Shows these rows, one per screen row from the top, rewriting only what changed. */
    public synchronized void draw(List<AttributedString> rows) {
        if (restored.get()) {
            return;
        }
        Size size = size();
        if (!size.equals(drawnSize)) {
            twin.setSize(size);
            display.resize(size.getRows(), size.getColumns());
            display.clear();
            drawnSize = size;
        }
        display.update(rows, -1, true);
    }

    /** Leaves the alternate screen with the cursor shown, and gives the terminal back its modes and signals. */
    @Override
    public void close() {
        try {
            leaveScreen();
        } finally {
            terminal.setAttributes(saved);
            terminal.handle(Signal.INT, oldInt);
            terminal.handle(Signal.WINCH, oldWinch);
            try {
                Runtime.getRuntime().removeShutdownHook(lastResort);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway, and finds the screen already restored.
            }
        }
    }

    private synchronized void leaveScreen() {
        if (!restored.getAndSet(true)) {
            twin.puts(Capability.exit_attribute_mode);
            twin.puts(Capability.clear_screen);
            twin.puts(Capability.cursor_normal);
            twin.puts(Capability.exit_ca_mode);
            twin.flush();
        }
    }
}
