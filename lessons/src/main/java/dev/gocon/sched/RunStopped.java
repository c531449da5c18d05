package dev.gocon.sched;

/**
 * Thrown inside a goroutine whose run has ended (main returned, a panic or a deadlock), from the
 * runtime operation it was blocked in or was about to start, so that its thread unwinds and ends.
 *
 * <p>It is an {@link Error}, not an {@link Exception}, so that a program's {@code catch (Exception e)}
 * cannot swallow it. Programs should never catch it.
 */
public final class RunStopped extends Error {
    public RunStopped() {
        super("run stopped", null, false, false);
    }
}
