package dev.gocon.sched;

import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The one seam through which the runtime starts, parks, wakes and times goroutines.
 *
 * <p>{@code Channel}, {@code Select}, {@code Mutex} and the other primitives never touch threads or
 * clocks themselves: they record what a goroutine waits on, call {@link #park}, and the goroutine
 * that makes it runnable again calls {@link #unpark}. Two implementations exist:
 * {@link NativeScheduler} (virtual threads on the JDK's scheduler, real time) and
 * {@link SteppedScheduler} (one goroutine at a time, chosen by a seeded PRNG or a callback, virtual
 * time).
 *
 * <p>Rules every implementation keeps:
 * <ul>
 *   <li>each {@code park} is ended by exactly one {@code unpark}, or by the run stopping, in which
 *       case {@code park} throws {@link RunStopped};</li>
 *   <li>{@code unpark} may come before the matching {@code park} (the permit is kept);</li>
 *   <li>timer actions run outside any goroutine, never block, and may call {@code unpark}.</li>
 * </ul>
 * Internal API.
 */
public interface Scheduler {

    /** True for the stepped scheduler: callers then announce each operation with {@link #preempt}. */
    boolean stepped();

    /**
     * Starts {@code s} on a new thread running {@code body}. Called by the spawning goroutine,
     * {@code parent} (null for a run's main goroutine, started from outside the run).
     */
    void start(Strand parent, Strand s, Runnable body);

    /** Called first on the new strand's own thread; the stepped scheduler waits here for its turn. */
    void begin(Strand s);

    /**
     * The strands not yet exited, or at least every one of them that is blocked or has ever blocked
     * (the native scheduler registers a strand on its first park, sleep or gosched, so that spawning a
     * goroutine that never blocks costs no registry entry).
     */
    java.util.Collection<Strand> live();

    /** Waits until every strand has exited, at most {@code nanos}; true if they all did. */
    boolean awaitExit(long nanos);

    /** How many strands are started and not yet exited. */
    default int liveCount() {
        return live().size();
    }

    /** Called as the last thing on a strand's thread, after its body ended. */
    void exited(Strand s);

    /**
     * Stepped: a scheduling point before {@code s} performs the operation {@code nextOp} describes;
     * another goroutine may run first. Native: does nothing. Throws {@link RunStopped} once stopping.
     */
    void preempt(Strand s, Supplier<String> nextOp);

    /** Blocks the calling strand {@code s} until {@link #unpark}; throws {@link RunStopped} on stop. */
    void park(Strand s);

    /**
     * {@link #park} for a strand waiting on one partner that usually answers within microseconds: a
     * plain channel send or receive. The native scheduler may spin briefly before it parks (the
     * strand stays counted as running meanwhile); a select, a lock or a wait group uses {@link #park}.
     * Same rules as {@code park}.
     */
    default void parkForHandOver(Strand s) {
        park(s);
    }

    /** Makes {@code s} runnable again. {@code waker} is the calling strand, or null for a timer. */
    void unpark(Strand s);

    /** The calling strand sleeps for {@code nanos} (already scaled by pace). */
    void sleep(Strand s, long nanos);

    /** Runs {@code action} once after {@code nanos}; the pending timer keeps the run from deadlock. */
    Timer schedule(long nanos, Runnable action);

    /** Time since the run started, in nanoseconds (virtual under the stepped scheduler). */
    long nanoTime();

    /** The current time as {@code time.Now()} would give it (virtual under the stepped scheduler). */
    Instant now();

    /**
     * Picks one of the {@code ready} ready cases of a select made by {@code s}: uniformly at random, or
     * as the run's chooser says. {@code describe} gives the i-th ready case as Go writes it
     * ({@code <-done}); it is called only when a chooser needs the descriptions.
     *
     * @return an index in {@code [0, ready)}
     */
    int pickCase(Strand s, int ready, IntFunction<String> describe);

    /** The decisions made so far where there was more than one option (stepped; empty otherwise). */
    default List<Integer> choices() {
        return List.of();
    }

    /** The number of options at each of {@link #choices()}. */
    default List<Integer> widths() {
        return List.of();
    }

    /** The number of scheduling decisions made (stepped; 0 otherwise). */
    default long steps() {
        return 0;
    }

    /** The carrier thread's name for trace events ({@code ""} under the stepped scheduler). */
    String carrier();

    /** Ends the run: every parked strand's {@code park} and every later {@code preempt} throws. */
    void stop();

    /** True once {@link #stop} was called. */
    boolean stopping();
}
