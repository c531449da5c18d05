package dev.gocon.app.cli;

import dev.gocon.app.errors.GoconException;

/**
 * The rule every {@code --seed} follows: a seed names one schedule of the stepped scheduler, and is 0
 * or more. Any number would make some schedule, but gocon itself counts seeds up from 1 (the check's
 * seeds, {@code --explore}'s runs), so a negative one could only be a typo.
 */
final class Seeds {

    private Seeds() {
    }

    /** Refuses a negative seed with a usage error; {@code null} (no {@code --seed}) passes. */
    static void requireValid(Long seed) {
        if (seed != null && seed < 0) {
            throw GoconException.usage("--seed takes 0 or more (each seed names one schedule), not " + seed);
        }
    }
}
