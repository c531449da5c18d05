package dev.gocon.sched;

/** A pending action scheduled with {@link Scheduler#schedule}. */
public interface Timer {

    /** Cancels the action; returns true if it had not run yet and now never will. */
    boolean cancel();
}
