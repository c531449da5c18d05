package dev.gocon.app.present;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The presenter's hands on a running demo: pause and resume, pace, single steps and stop.
 *
 * <p>Like a traffic light between the keyboard and the demo: the presenter's key thread changes the
 * light ({@link #togglePause()}, {@link #step()}, {@link #faster()}, {@link #slower()}, {@link #stop()}),
 * and the demo looks at it before each step ({@link #awaitTurn()}) and before each sleep
 * ({@link #pace()}).
 *
 * <pre>{@code
 * while (demo has steps && controls.awaitTurn()) {
 *     takeOneStep();
 *     Thread.sleep((long) (stepMillis * controls.pace()));
 * }
 * }</pre>
 *
 * <p>{@code awaitTurn} blocks while paused, unless a step was granted with {@link #step()}, which lets
 * exactly one turn through. Pace is a factor on the demo's own sleeps, as {@code --pace} is: 2 plays
 * at half speed; {@code +} halves it and {@code -} doubles it, between 1/8 and 64.
 *
 * <p>Memory consistency effects: actions of the presenter before a change of the controls
 * happen-before the demo's return from an {@code awaitTurn} that observes the change.
 */
public final class DemoControls {

    /** The fastest pace: eight times the demo's own speed. */
    public static final double MIN_PACE = 0.125;
    /** The slowest pace: sixty-four times slower. */
    public static final double MAX_PACE = 64;

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean paused;
    private int stepsGranted;
    private double pace;
    private boolean stopped;

    /** Controls for a run that starts running (or paused) at {@code pace}. */
    public DemoControls(double pace, boolean paused) {
        this.pace = clamp(pace);
        this.paused = paused;
    }

    // For the demo.

    /**
     * Waits until the demo may take its next step: returns at once when running; while paused, waits
     * for a {@link #step()} or a resume. Returns false when the demo should stop.
     */
    public synchronized boolean awaitTurn() throws InterruptedException {
        while (paused && stepsGranted == 0 && !stopped) {
            wait();
        }
        if (stopped) {
            return false;
        }
        if (paused) {
            stepsGranted--;
        }
        return true;
    }

    /** The factor by which the demo's sleeps are stretched now. */
    public synchronized double pace() {
        return pace;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** Calls {@code listener} (on the presenter's thread) after each change of pause, pace or stop. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    // For the presenter.

    /** Pauses a running demo, or resumes a paused one. */
    public void togglePause() {
        synchronized (this) {
            paused = !paused;
            stepsGranted = 0;
            notifyAll();
        }
        changed();
    }

    /** Pauses the demo if it runs, and lets exactly one more step through. */
    public void step() {
        synchronized (this) {
            paused = true;
            stepsGranted++;
            notifyAll();
        }
        changed();
    }

    /** Halves the pace: the demo runs twice as fast. */
    public void faster() {
        synchronized (this) {
            pace = clamp(pace / 2);
        }
        changed();
    }

    /** Doubles the pace: the demo runs half as fast. */
    public void slower() {
        synchronized (this) {
            pace = clamp(pace * 2);
        }
        changed();
    }

    /** Asks the demo to stop; {@link #awaitTurn()} returns false from now on. */
    public void stop() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        changed();
    }

    /** A few words for the status row: "running · pace 2x slower". */
    public synchronized String describe() {
        String state = stopped ? "stopped" : paused ? "paused (p resumes, s steps)" : "running";
        String speed = pace == 1 ? "normal pace"
                : pace > 1 ? "pace " + format(pace) + "x slower" : "pace " + format(1 / pace) + "x faster";
        return state + " · " + speed;
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private static double clamp(double pace) {
        return Math.max(MIN_PACE, Math.min(MAX_PACE, pace));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
