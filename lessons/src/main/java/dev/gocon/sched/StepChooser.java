package dev.gocon.sched;

import java.util.List;

/**
 * Makes the decisions of a {@link SteppedScheduler} in place of its seeded generator: which runnable
 * strand runs next, and which ready case a select runs.
 *
 * <p>Internal API: programs give a {@code dev.gocon.go.Chooser} to their run, which adapts it to this
 * interface, so that the schedulers depend on nothing of {@code dev.gocon.go}.
 */
public interface StepChooser {

    /** Returned by {@link #chooseStrand} to end the run at once. */
    int STOP = -2;

    /**
     * Picks the strand that runs next.
     *
     * @param runnable  the runnable strands, in id order, never empty; {@link Strand#describeNextOp}
     *                  says what each will do
     * @param suggested the index the seeded generator picks
     * @return an index into {@code runnable}, or {@link #STOP}; anything else out of range means
     *         {@code suggested}
     */
    int chooseStrand(List<Strand> runnable, int suggested);

    /**
     * Picks which of several ready cases of a select made by {@code strand} runs.
     *
     * @param readyCases the ready cases in source order, described as in Go ({@code <-done})
     * @return an index into {@code readyCases}; anything out of range means {@code suggested}
     */
    int chooseCase(Strand strand, List<String> readyCases, int suggested);
}
