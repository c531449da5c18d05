package dev.gocon.app.record;

import java.io.IOException;
import java.io.Writer;

/**
 * Plays a {@link CastFile} to a writer with its recorded timing, scaled by a speed and with long idle
 * gaps cut short.
 *
 * <p>Speed 2 plays twice as fast; speed 0 writes everything at once. A gap between two events longer
 * than {@code maxWait} seconds (after scaling) is shortened to {@code maxWait}, so that a pause the
 * instructor took to answer a question does not stall the replay.
 */
public final class CastPlayer {

    /** How the player waits; tests pass one that only adds up the time. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final double speed;
    private final double maxWait;
    private final Sleeper sleeper;

    /**
     * @param speed   how much faster than recorded: 1 is real time, 0 means no waiting at all
     * @param maxWait the longest wait between two events in seconds; 0 or less means no limit
     */
    public CastPlayer(double speed, double maxWait, Sleeper sleeper) {
        if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be 0 or more");
        }
        this.speed = speed;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
    }

    /** A player that really sleeps. */
    public static CastPlayer realTime(double speed, double maxWait) {
        return new CastPlayer(speed, maxWait, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Writes the output events to {@code out}, flushing after each, waiting between them. */
    public void play(CastFile cast, Writer out) throws IOException, InterruptedException {
        double previous = 0;
        for (CastFile.Event event : cast.events()) {
            if (!event.type().equals("o")) {
                continue;
            }
            if (speed > 0) {
                double wait = (event.time() - previous) / speed;
                if (maxWait > 0) {
                    wait = Math.min(wait, maxWait);
                }
                if (wait > 0) {
                    out.flush();
                    sleeper.sleep((long) (wait * 1e9));
                }
            }
            previous = event.time();
            out.write(event.data());
            if (speed > 0) {
                out.flush();
            }
        }
        out.flush();
    }
}
