package dev.gocon.go;

/*
 * A vector clock for the race detector: the entry for goroutine i is the last moment of goroutine i
 * (its own count of releases) that is known to happen before the clock's owner; a missing entry is
 * 0.
 *
 * Sparse and shared. Entries live in hash tables from goroutine id (never 0) to moment: a frozen
 * `base` that several clocks may share, and the clock's own `delta` of entries raised since, each
 * at least its base entry. A new goroutine's clock shares its parent's base and copies only the
 * small delta, and a clock that joins another with the same base (or one its base was folded from)
 * joins only the delta. So when main has heard of 100,000 goroutines (it awaited them) and starts
 * 100,000 more, each starts in constant space (a copy folds a delta that is not small into a new
 * base first, so that the next copies share it), and their 100,000 `done`s on a wait group cost
 * linear time, not quadratic. A delta that grows past a quarter of its base is folded into a new
 * base (amortised linear). Not thread-safe: the RaceDetector guards every clock with its own lock.
 */
final class VectorClock {

    /** Deltas smaller than this are never folded into the base. */
    private static final int SMALL = 32;

    private Table base;
    private Table delta = new Table(8);

    long get(long id) {
        long d = delta.get(id);
        return d != 0 || base == null ? d : base.get(id);
    }

    /** Advances entry {@code id} by one: the owner's next moment, after a release. */
    void tick(long id) {
        raise(id, get(id) + 1);
    }

    /** Sets every entry to the larger of this clock's and {@code other}'s. */
    void join(VectorClock other) {
        if (other.base != null && !covers(other.base)) {
            if (base == null && delta.size == 0) {
                base = other.base;       // an empty clock takes the other's base as it is
            } else {
                joinTable(other.base);
            }
        }
        joinTable(other.delta);
    }

    /** True if every entry of {@code table} is at most this clock's: it is our base or an older one. */
    private boolean covers(Table table) {
        for (Table t = base; t != null; t = t.foldedFrom) {
            if (t == table) {
                return true;
            }
        }
        return false;
    }

    /** A clock with the same entries; it shares this clock's base (its delta first folded in, unless small). */
    VectorClock copy() {
        if (delta.size > SMALL) {
            fold();
        }
        VectorClock c = new VectorClock();
        c.base = base;
        c.delta = delta.copy();
        return c;
    }

    private void joinTable(Table t) {
        long[] ids = t.ids;
        long[] moments = t.moments;
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != 0 && moments[k] > get(ids[k])) {
                raise(ids[k], moments[k]);
            }
        }
    }

    private void raise(long id, long moment) {
        delta.put(id, moment);
        if (delta.size > SMALL && delta.size * 4 > (base == null ? 0 : base.size)) {
            fold();
        }
    }

    /** Moves the delta into a new base (the old one may be shared, so it is copied, never changed). */
    private void fold() {
        Table folded = base == null ? new Table(delta.size * 2) : base.copy();
        long[] ids = delta.ids;
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != 0) {
                folded.put(ids[k], delta.moments[k]);
            }
        }
        folded.foldedFrom = base;
        base = folded;
        delta = new Table(8);
    }

    /* An open-addressing hash table from goroutine id to moment, linear probing, at most 3/4 full. */
    private static final class Table {
        long[] ids;
        long[] moments;
        int size;
        /** The base this one was folded from: every entry here is at least its entry there. */
        Table foldedFrom;

        Table(int capacity) {
            int n = 8;
            while (n < capacity) {
                n *= 2;
            }
            ids = new long[n];
            moments = new long[n];
        }

        long get(long id) {
            int i = slot(id);
            return ids[i] == id ? moments[i] : 0;
        }

        void put(long id, long moment) {
            int i = slot(id);
            if (ids[i] != id) {
                if ((size + 1) * 4 > ids.length * 3) {
                    grow();
                    i = slot(id);
                }
                ids[i] = id;
                size++;
            }
            moments[i] = moment;
        }

        Table copy() {
            Table t = new Table(ids.length);
            System.arraycopy(ids, 0, t.ids, 0, ids.length);
            System.arraycopy(moments, 0, t.moments, 0, moments.length);
            t.size = size;
            return t;
        }

        /** Where {@code id} is, or the empty slot where it would go. */
        private int slot(long id) {
            int mask = ids.length - 1;
            int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
            while (ids[i] != id && ids[i] != 0) {
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
                    int i = slot(oldIds[k]);
                    ids[i] = oldIds[k];
                    moments[i] = oldMoments[k];
                }
            }
        }
    }
}
