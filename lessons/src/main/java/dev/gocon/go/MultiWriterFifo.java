package dev.gocon.go;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/*
 * A first-in first-out queue that any number of threads append to and one thread at a time takes
 * from: the event log's queue of recorded events. Unlike ConcurrentLinkedQueue it allocates no node
 * per element, only one array of CHUNK slots per CHUNK elements.
 *
 * Implementation notes.
 *
 * Elements go into numbered slots, held in a forward-linked list of chunks. A writer claims the next
 * number with getAndIncrement on `appended`, finds (or appends, with a CAS on `next`) the chunk of that
 * number, and stores its element there with a volatile write. It starts its walk from `newest`, read
 * before claiming, so that the hint is never past the claimed number's chunk; the hint may lag (two
 * writers may set it out of order), which costs a longer walk, never a wrong one. Building the element
 * happens before claiming, and claiming and storing cannot fail, so no claimed slot stays empty for
 * longer than a writer takes to run a few instructions.
 *
 * The taker reads slots in number order and stops at the first empty one: that element is claimed but
 * not yet stored, and the writer storing it is about to come back (the event log's writers deliver
 * after recording). So elements come out in claim order and none is skipped. `oldest` and `taken` are
 * written only by the one thread taking (the caller guarantees one at a time and hands over between
 * takers with a volatile flag, which orders one taker's writes before the next one's reads), but
 * isEmpty() reads them from any thread: they are written and read there in opaque mode (whole, but
 * with no fence), and isEmpty() answers "not empty" for a pair it cannot make sense of (read while a
 * taker moved on), so a stale read never hides a stored element. Taken chunks are dropped whole for
 * the garbage collector.
 */
final class MultiWriterFifo<E> {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle NEXT;
    private static final VarHandle OLDEST;
    private static final VarHandle TAKEN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NEXT = lookup.findVarHandle(Chunk.class, "next", Chunk.class);
            OLDEST = lookup.findVarHandle(MultiWriterFifo.class, "oldest", Chunk.class);
            TAKEN = lookup.findVarHandle(MultiWriterFifo.class, "taken", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Chunk {
        final long first;
        final Object[] slots = new Object[CHUNK];
        volatile Chunk next;

        Chunk(long first) {
            this.first = first;
        }
    }

    private final AtomicLong appended = new AtomicLong();
    private volatile Chunk newest;
    private Chunk oldest;
    private long taken;

    MultiWriterFifo() {
        newest = oldest = new Chunk(0);
    }

    /** Appends {@code e} (not null). Any thread, at any time; never blocks, never throws. */
    void add(E e) {
        Chunk c = newest;
        long n = appended.getAndIncrement();
        while (n >= c.first + CHUNK) {
            Chunk next = c.next;
            if (next == null) {
                Chunk fresh = new Chunk(c.first + CHUNK);
                next = (Chunk) NEXT.compareAndExchange(c, (Chunk) null, fresh);
                if (next == null) {
                    next = fresh;
                }
            }
            c = next;
        }
        if (c != newest) {
            newest = c;
        }
        SLOTS.setVolatile(c.slots, (int) (n - c.first), e);
    }

    /** The first element, removed, or null if there is none (yet). One thread at a time. */
    E poll() {
        long at = taken - oldest.first;
        if (at == CHUNK) {
            Chunk next = oldest.next;
            if (next == null) {
                return null;
            }
            OLDEST.setOpaque(this, next);
            at = 0;
        }
        @SuppressWarnings("unchecked")
        E e = (E) SLOTS.getVolatile(oldest.slots, (int) at);
        if (e != null) {
            TAKEN.setOpaque(this, taken + 1);
        }
        return e;
    }

    /**
     * True if every element claimed so far has been taken: unlike {@link #isEmpty()}, false while a
     * writer has claimed a slot but not yet stored its element. The thread taking only.
     */
    boolean allTaken() {
        return appended.get() == taken;
    }

    /** True if there is no element to take (yet). Any thread; exact for the thread taking. */
    boolean isEmpty() {
        Chunk c = (Chunk) OLDEST.getOpaque(this);
        long at = (long) TAKEN.getOpaque(this) - c.first;
        if (at == CHUNK) {
            c = c.next;
            if (c == null) {
                return true;
            }
            at = 0;
        }
        return at >= 0 && at < CHUNK && SLOTS.getVolatile(c.slots, (int) at) == null;
    }
}
