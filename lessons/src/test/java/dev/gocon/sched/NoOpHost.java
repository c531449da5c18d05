package dev.gocon.sched;

/** A scheduler host that ignores every report: for tests that drive a scheduler without a run. */
public final class NoOpHost implements SchedulerHost {

    @Override
    public void deadlock() {
    }

    @Override
    public void stepLimitReached() {
    }

    @Override
    public void stopRequested() {
    }
}
