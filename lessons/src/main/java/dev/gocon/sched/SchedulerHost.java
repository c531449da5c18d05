package dev.gocon.sched;

/** What a scheduler reports back to the run it schedules. Internal. */
public interface SchedulerHost {

    /** Every goroutine is blocked in a runtime operation and no timer is pending. */
    void deadlock();

    /** The stepped scheduler made as many steps as the run allows. */
    void stepLimitReached();

    /** The run's chooser asked to stop the run. */
    void stopRequested();
}
