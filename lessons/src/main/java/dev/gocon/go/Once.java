package dev.gocon.go;

/**
 * Runs a function exactly once, however many goroutines ask: Go's {@code sync.Once}.
 *
 * <p>Like the first cook in the morning lighting the oven: later cooks find it lit. Callers that
 * arrive while the function runs block until it has returned, so after {@link #doOnce} returns the
 * function's effects are visible. If the function throws, it still counts as done.
 *
 * <p>Memory consistency effects: the function's actions happen-before any {@code doOnce} returns.
 */
public final class Once {

    private final Mutex m;
    private volatile boolean done;

    /** A fresh once. */
    public Once() {
        this(null);
    }

    /** A fresh once whose mutex is labelled {@code name} in traces. */
    public Once(String name) {
        m = new Mutex(name);
    }

    /** Runs {@code f} if no call has run it yet: {@code once.Do(f)}. Blocks while another call runs it. */
    public void doOnce(Runnable f) {
        if (!done) {
            m.lock();
            try {
                if (!done) {
                    try {
                        f.run();
                    } finally {
                        raceEdge(true);
                        done = true;
                    }
                }
            } finally {
                m.unlock();
            }
        }
        raceEdge(false);
    }

    /** For the race detector: the function's end releases ({@code ran}), every return acquires. */
    private void raceEdge(boolean ran) {
        Goroutine g = Goroutine.current();
        RaceDetector race = g.run.race;
        if (race != null) {
            if (ran) {
                race.release(g, this);
            } else {
                race.acquire(g, this);
            }
        }
    }
}
