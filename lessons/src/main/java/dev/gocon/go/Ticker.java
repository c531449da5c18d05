package dev.gocon.go;

import dev.gocon.sched.Timer;
import dev.gocon.trace.Durations;

import java.time.Duration;
import java.time.Instant;

/**
 * Delivers the time on a channel at regular intervals: Go's {@code time.Ticker}.
 *
 * <p>The channel has a buffer of one; a tick the receiver is too slow for is dropped, as in Go. Until
 * {@link #stop()}, the ticker counts as a pending timer, so the run is not reported deadlocked.
 * Create one with {@link Go#newTicker}.
 */
public final class Ticker {

    private final Channel<Instant> c;
    private final Run rt;
    private final long period;
    private volatile boolean stopped;
    private volatile Timer timer;

    Ticker(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new Panic("non-positive interval for NewTicker");
        }
        this.rt = Goroutine.current().run;
        this.period = rt.scale(d.toNanos());
        this.c = Channel.make("ticker " + Durations.format(d), 1);
        arm();
    }

    private void arm() {
        timer = rt.sched.schedule(period, () -> {
            if (!stopped) {
                c.deliverFromTimer(rt, rt.sched.now());
                arm();
            }
        });
    }

    /** The channel on which the ticks are delivered: {@code ticker.C}. */
    public Channel<Instant> c() {
        return c;
    }

    /** Turns the ticker off; no more ticks are sent. Does not close the channel. */
    public void stop() {
        stopped = true;
        Timer t = timer;
        if (t != null) {
            t.cancel();
        }
    }
}
