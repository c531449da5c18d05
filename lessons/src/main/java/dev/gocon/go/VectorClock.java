package dev.gocon.go;

import java.util.Arrays;

/*
 * A vector clock for the race detector: entry i is the last moment of goroutine i (its own count of
 * releases) that is known to happen before the clock's owner. Goroutine ids are dense within a run
 * (1 for main, then in creation order), so the clock is a plain array indexed by id, grown on demand;
 * a missing entry is 0. Not thread-safe: the RaceDetector guards every clock with its own lock.
 */
final class VectorClock {

    private long[] entries;

    VectorClock() {
        entries = new long[8];
    }

    private VectorClock(long[] entries) {
        this.entries = entries;
    }

    long get(long id) {
        return id < entries.length ? entries[(int) id] : 0;
    }

    void set(long id, long value) {
        if (id >= entries.length) {
            entries = Arrays.copyOf(entries, Math.max((int) id + 1, entries.length * 2));
        }
        entries[(int) id] = value;
    }

    /** Advances entry {@code id} by one: the owner's next moment, after a release. */
    void tick(long id) {
        set(id, get(id) + 1);
    }

    /** Sets every entry to the larger of this clock's and {@code other}'s. */
    void join(VectorClock other) {
        long[] o = other.entries;
        if (o.length > entries.length) {
            entries = Arrays.copyOf(entries, o.length);
        }
        for (int i = 0; i < o.length; i++) {
            if (o[i] > entries[i]) {
                entries[i] = o[i];
            }
        }
    }

    VectorClock copy() {
        return new VectorClock(entries.clone());
    }
}
