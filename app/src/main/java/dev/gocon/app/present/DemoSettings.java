package dev.gocon.app.present;

import dev.gocon.course.Demo;
import java.util.OptionalLong;

/**
 * How {@code gocon present} runs the demos on its slides.
 *
 * @param seed            {@code --seed N}: the seed for every demo, overriding the rehearsed ones
 * @param nativeScheduler {@code --native}: the real virtual-thread scheduler instead of the stepped one
 */
public record DemoSettings(OptionalLong seed, boolean nativeScheduler) {

    /** Each demo's rehearsed seed, under the stepped scheduler. */
    public static DemoSettings rehearsed() {
        return new DemoSettings(OptionalLong.empty(), false);
    }

    /** The seed to run {@code demo} with: {@code --seed} if given, else the one its author rehearsed. */
    public long seedFor(Demo demo) {
        return seed.orElse(demo.rehearsedSeed());
    }

    /** A few words for the status row: "seed 1 (rehearsed)", "seed 7", "native". */
    public String describe(Demo demo) {
        if (nativeScheduler) {
            return "native scheduler";
        }
        return "seed " + seedFor(demo) + (seed.isPresent() ? "" : " (rehearsed)");
    }
}
