package dev.gocon.course.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoRun;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerDemosTest {

    /** Java 25 still pins in a class initialiser, and no longer in synchronized (JEP 491). */
    @Test
    void onlyTheClassInitialiserPins() {
        for (int i = 0; i < 2; i++) { // a second run in the same JVM pins again: a fresh class each time
            DemoRun run = DemoRun.run(new PinningDemo(), null);
            assertTrue(run.report().ok(), run.report().outcomeLabel());
            assertTrue(run.output().contains("1 pinned event(s): only the class initialiser"), run.output());
            assertTrue(run.output().contains("SlowToInitialise.<clinit>"), run.output());
        }
    }

    @Test
    void theTravellerNamesRealCarriers() {
        DemoRun run = DemoRun.run(new MigrateDemo(), null);
        assertTrue(run.report().ok(), run.report().outcomeLabel());
        assertTrue(run.output().contains("trip 1: carrier-"), run.output());
        assertTrue(run.output().contains("the traveller changed carriers"), run.output());
    }

    @Test
    void spinnersEndUnderEverySeedWithoutLeaks() {
        for (long seed = 1; seed <= 5; seed++) {
            DemoRun run = DemoRun.run(new SpinDemo(), seed, 2, Map.of());
            assertTrue(run.report().ok(), run.report().outcomeLabel());
            assertEquals("", run.report().formatLeaks(), "seed " + seed);
        }
    }

    @Test
    void burnComputesForAboutTheTimeAsked() {
        long start = System.nanoTime();
        MigrateDemo.burn(Duration.ofMillis(20));
        assertTrue(System.nanoTime() - start >= 20_000_000L);
    }
}
