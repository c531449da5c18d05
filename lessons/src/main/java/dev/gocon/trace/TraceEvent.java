package dev.gocon.trace;

import java.time.Duration;

/**
 * One thing the runtime did, as reported to a run's {@link EventSink}.
 *
 * <p>The set is closed, so that a renderer can {@code switch} over it exhaustively. Every event says
 * when it happened ({@link #nanos()}, counted from the start of the run: real time under the native
 * scheduler, virtual time under the stepped one), which goroutine did it, and on which carrier thread
 * that goroutine was running at that moment.
 *
 * <p>Objects such as channels and mutexes are identified by a {@link Ref}: a number unique within the
 * run and a label for people ({@code orders}, or {@code chan-3} when the program gave none). Values
 * are carried as short strings rendered once, as Go prints them ({@link GoText#show}: a string quoted
 * with Go escapes, anything else by {@link String#valueOf} with control characters escaped, clipped),
 * never as the objects themselves, so that recording cannot keep a program's data alive or observe it
 * changing, and so that renderers can print them as given.
 */
public sealed interface TraceEvent {

    /** Time since the start of the run, in nanoseconds. */
    long nanos();

    /** The goroutine that did this. */
    Who who();

    /** The carrier (platform) thread the goroutine ran on, or {@code ""} where there was none. */
    String carrier();

    /** A goroutine: its id (main is 1, then in creation order) and its name ({@code ""} if none). */
    record Who(long id, String name) {
        /** {@code g3 chef-2}, or just {@code g3} for an unnamed goroutine. */
        @Override
        public String toString() {
            return name.isEmpty() ? "g" + id : "g" + id + " " + name;
        }
    }

    /** An object of the run (a channel, a mutex, a wait group): unique id and readable label. */
    record Ref(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Why a goroutine is blocked, with the label Go prints in its goroutine dump. */
    enum BlockReason {
        SEND("chan send"),
        RECEIVE("chan receive"),
        /** Blocked on a nil channel, or in a select with no cases: forever. */
        NIL_CHANNEL("chan receive (nil chan)"),
        SELECT("select"),
        /** A mutex, a read-write lock or a wait group: Go calls all of these a semaphore acquire. */
        LOCK("semacquire"),
        WAITGROUP("semacquire"),
        SLEEP("sleep"),
        /** In a blocking socket read or accept: parked until the network has data, using no carrier. */
        IO_WAIT("IO wait");

        private final String goLabel;

        BlockReason(String goLabel) {
            this.goLabel = goLabel;
        }

        /** The state as Go's goroutine dump prints it, in brackets: {@code [chan receive]}. */
        public String goLabel() {
            return goLabel;
        }
    }

    /** {@code who} started a new goroutine. */
    record Spawn(long nanos, Who who, String carrier, Who child) implements TraceEvent {}

    /** The goroutine began running its body. */
    record Start(long nanos, Who who, String carrier) implements TraceEvent {}

    /**
     * The goroutine parked. {@code object} is what it waits on ({@code null} for a sleep);
     * {@code detail} says why in words, for example {@code "no receiver"} or {@code "buffer full"}.
     */
    record Block(long nanos, Who who, String carrier, BlockReason reason, Ref object, String detail)
            implements TraceEvent {}

    /**
     * {@code who} made the blocked goroutine {@code woken} runnable again. When {@code who} is
     * {@code woken} itself, the goroutine reports that it runs again after a wait that needed no other
     * goroutine (a sleep's timer, the network), or, under the stepped scheduler, that it has the turn again.
     */
    record Wake(long nanos, Who who, String carrier, Who woken) implements TraceEvent {}

    /**
     * A value went into a channel: into its buffer, or straight to a waiting receiver.
     * {@code message} pairs this send with its {@link Receive}; {@code len} and {@code cap} are the
     * buffer's state just after the send.
     */
    record Send(long nanos, Who who, String carrier, Ref channel, String value, long message, int len, int cap)
            implements TraceEvent {}

    /**
     * A value came out of a channel. {@code ok} is false for the zero value of a closed, drained
     * channel, and then {@code message} is 0.
     */
    record Receive(long nanos, Who who, String carrier, Ref channel, String value, boolean ok, long message,
                   int len, int cap) implements TraceEvent {}

    /** The channel was closed. */
    record Close(long nanos, Who who, String carrier, Ref channel) implements TraceEvent {}

    /** A select ran case {@code index} (counted from 0), described as in the source: {@code "<-done"}. */
    record SelectChoice(long nanos, Who who, String carrier, int index, String description) implements TraceEvent {}

    /** A mutex (or one side of a read-write mutex) was acquired. */
    record Lock(long nanos, Who who, String carrier, Ref mutex) implements TraceEvent {}

    /** A mutex was released. */
    record Unlock(long nanos, Who who, String carrier, Ref mutex) implements TraceEvent {}

    /** The goroutine went to sleep for {@code duration}. */
    record Sleep(long nanos, Who who, String carrier, Duration duration) implements TraceEvent {}

    /** The goroutine panicked with Go's message text. */
    record Panicked(long nanos, Who who, String carrier, String message) implements TraceEvent {}

    /**
     * An atomic operation on {@code object} ({@code AtomicInt64}, {@code AtomicRef}): {@code operation}
     * is what was done, such as {@code "add 1"}, {@code "load"} or {@code "cas 0 -> 1"}; {@code result} is
     * what it returned, as Go prints it ({@code ""} for a store, which returns nothing).
     */
    record Atomic(long nanos, Who who, String carrier, Ref object, String operation, String result)
            implements TraceEvent {}

    /**
     * The race detector found a data race on the shared variable {@code variable}: this goroutine's
     * access ({@code write} or a read) at {@code place} has no happens-before order with
     * {@code previous}'s earlier access at {@code previousPlace}, made at {@code previousNanos}. Places
     * read {@code File.java:14}.
     */
    record Race(long nanos, Who who, String carrier, String variable, boolean write, String place, Who previous,
                boolean previousWrite, String previousPlace, long previousNanos) implements TraceEvent {}

    /** The goroutine's body returned (or the run stopped it). */
    record Exit(long nanos, Who who, String carrier) implements TraceEvent {}
}
