package dev.gocon.app.run;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C into an interrupt of the thread running a demo, for as long as the demo runs.
 *
 * <p>Interrupting the thread that called {@code Go.run} stops the run: every goroutine is stopped and
 * the report says {@code STOPPED}. The previous handler (the JVM's, or the REPL's) is put back on
 * {@link #close()}, so Ctrl-C outside a demo behaves as before.
 */
final class Interrupts implements AutoCloseable {

    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;
    private volatile boolean fired;

    private Interrupts(Thread target) {
        SignalHandler old;
        try {
            old = Signal.handle(INT, signal -> {
                fired = true;
                target.interrupt();
            });
        } catch (IllegalArgumentException unavailable) {
            old = null;
        }
        this.previous = old;
    }

    /** While open, Ctrl-C interrupts the calling thread. */
    static Interrupts interruptOnCtrlC() {
        return new Interrupts(Thread.currentThread());
    }

    /** True if Ctrl-C was pressed while this was open. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
