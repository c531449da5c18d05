package dev.gocon.go;

/*
 * A vector clock for the race detector: the entry for goroutine i is the last moment of goroutine i
 * (its own count of releases) that is known to happen before the clock's owner; a missing entry is 0.
 *
 * Sparse: an open-addressing hash table from goroutine id (never 0) to moment, holding only the
 * goroutines the owner has heard of. A dense array indexed by id would cost every goroutine of a
 * 100,000-goroutine run an array as long as its id (quadratic time and memory); here a new goroutine's
 * clock is as large as its parent's knowledge, and a wait group's clock as large as the set of goroutines
 * that called done on it. Not thread-safe: the RaceDetector guards every clock with its own lock.
 */
final class VectorClock {

    private long[] ids;
    private long[] moments;
    private int size;

    VectorClock() {
        this(8);
    }

    private VectorClock(int capacity) {
        ids = new long[capacity];
        moments = new long[capacity];
    }

    long get(long id) {
        int i = slot(ids, id);
        return ids[i] == id ? moments[i] : 0;
    }

    void set(long id, long moment) {
        int i = slot(ids, id);
        if (ids[i] != id) {
            if ((size + 1) * 4 > ids.length * 3) {
                grow();
                i = slot(ids, id);
            }
            ids[i] = id;
            size++;
        }
        moments[i] = moment;
    }

    /** Advances entry {@code id} by one: the owner's next moment, after a release. */
    void tick(long id) {
        set(id, get(id) + 1);
    }

    /** Sets every entry to the larger of this clock's and {@code other}'s. */
    void join(VectorClock other) {
        long[] oi = other.ids;
        long[] om = other.moments;
        for (int k = 0; k < oi.length; k++) {
            if (oi[k] != 0 && om[k] > get(oi[k])) {
                set(oi[k], om[k]);
            }
        }
    }

    VectorClock copy() {
        VectorClock c = new VectorClock(ids.length);
        System.arraycopy(ids, 0, c.ids, 0, ids.length);
        System.arraycopy(moments, 0, c.moments, 0, moments.length);
        c.size = size;
        return c;
    }

    /** Where {@code id} is in {@code table}, or the empty slot where it would go (linear probing). */
    private static int slot(long[] table, long id) {
        int mask = table.length - 1;
        int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != id && table[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldIds = ids;
        long[] oldMoments = moments;
        ids = new long[oldIds.length * 2];
        moments = new long[oldIds.length * 2];
        for (int k = 0; k < oldIds.length; k++) {
            if (oldIds[k] != 0) {
                int i = slot(ids, oldIds[k]);
                ids[i] = oldIds[k];
                moments[i] = oldMoments[k];
            }
        }
    }
}
