package dev.gocon.app.present;

/**
 * A demo as a slide runs it: drawn inside the slide, paced, paused and stepped by the presenter's keys.
 *
 * <p>The presenter calls {@link #run} on a thread of its own when the instructor presses {@code r}, and
 * keeps reading keys meanwhile; the keys act on the {@link DemoControls} passed in. An implementation
 * (the demo runner with its live trace) draws through the {@link Region}, and is expected to:
 * <ul>
 * <li>call {@link DemoControls#awaitTurn()} before each step it takes (under the stepped scheduler, each
 *     scheduling decision; natively, at least each trace frame), so that {@code p} pauses it and
 *     {@code s} lets exactly one step through;</li>
 * <li>scale its sleeps by {@link DemoControls#pace()}, read afresh (it changes with {@code +} and
 *     {@code -}; {@link DemoControls#onChange} says when);</li>
 * <li>return soon after {@link DemoControls#isStopped()} becomes true or the thread is interrupted (the
 *     instructor moved on or quit).</li>
 * </ul>
 * An exception thrown by {@code run} is shown in the region; the presentation goes on.
 */
@FunctionalInterface
public interface SlideDemo {

    /** Runs the demo to its end, or until stopped. */
    void run(DemoControls controls, Region region) throws Exception;
}
