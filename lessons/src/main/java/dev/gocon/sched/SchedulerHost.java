package dev.gocon.sched;

/** What a scheduler reports back to the run it schedules. Internal. */
public interface SchedulerHost {

    /** Every goroutine is blocked in a runtime operation and no timer is pending. */
    void deadlock();

    /** The stepped scheduler made as many steps as the run allows. */
    void stepLimitReached();

    /** The run's chooser asked to stop the run. */
    void stopRequested();

    /**
     * The stepped scheduler gave the turn back to {@code s}, which had given it up (preempted, parked
     * or asleep): {@code s} runs again. Called on {@code s}'s thread, holding the turn.
     */
    default void resumed(Strand s) {
    }

    /** The stepped scheduler's timer ended the sleep of {@code s}: it is runnable. Called holding the turn. */
    default void sleepOver(Strand s) {
    }
}
