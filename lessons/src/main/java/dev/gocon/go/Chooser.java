package dev.gocon.go;

import java.util.List;

/**
 * Makes the scheduling decisions of a stepped run: "which runnable goroutine goes next?".
 *
 * <p>This is the "play the scheduler" API. Give one to {@link RunConfig#withChooser}; the stepped
 * scheduler then calls {@link #choose} at every step, on the goroutine that gives up the turn, with
 * the runnable goroutines in id order and what each will do next. The call may block (to wait for a
 * learner's key press). For a {@code --step} mode that follows the seed, show
 * {@code runnable.get(suggested)}, wait, and return {@code suggested}.
 *
 * <p>Undo is a replay: every decision made where there was more than one option is listed in
 * {@link RunReport#choices()}; start a new run with {@link RunConfig#withReplay} and a prefix of that
 * list, and the chooser is asked again only after the prefix.
 */
@FunctionalInterface
public interface Chooser {

    /** Returned by {@link #choose} to end the run at once (outcome {@link RunReport.Outcome#STOPPED}). */
    int STOP = -2;

    /**
     * Picks the goroutine that runs next.
     *
     * @param runnable  the runnable goroutines, in id order, never empty
     * @param suggested the index the run's seeded generator picks
     * @return an index into {@code runnable}, or {@link #STOP}; anything else out of range means
     *         {@code suggested}
     */
    int choose(List<StepChoice> runnable, int suggested);

    /**
     * Picks which of several ready cases a select runs. By default, the seeded pick.
     *
     * @param goroutine  the goroutine running the select ({@code g3 chef-2})
     * @param readyCases the ready cases in source order, described as in Go ({@code <-done})
     * @param suggested  the index the run's seeded generator picks
     * @return an index into {@code readyCases}
     */
    default int chooseCase(String goroutine, List<String> readyCases, int suggested) {
        return suggested;
    }

    /** A chooser that always picks the first option: the start of an exhaustive search. */
    static Chooser first() {
        return new Chooser() {
            @Override
            public int choose(List<StepChoice> runnable, int suggested) {
                return 0;
            }

            @Override
            public int chooseCase(String goroutine, List<String> readyCases, int suggested) {
                return 0;
            }
        };
    }
}
