package dev.gocon.course.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoRun;
import dev.gocon.go.DataRace;
import dev.gocon.go.RunReport;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the races lesson claims of its demos: the race is reported under every schedule, the right-looking
 * ones included; the fixed tally and the pass have no race under any; the one-slot rail has both outcomes
 * and its race is reported under every seed.
 */
@Timeout(120)
class RacesDemosTest {

    private static final int SEEDS = 50;

    @Test
    void theRaceIsReportedUnderEverySeedEvenWhenTheAnswerIsRight() {
        Demo demo = new RaceDemo();
        Set<String> outputs = new TreeSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            DemoRun run = DemoRun.withRaceDetector(demo, seed);
            outputs.add(run.output());
            assertEquals(RunReport.Outcome.OK, run.report().outcome());
            assertTrue(run.report().races().stream().allMatch(r -> r.variable().equals("served")),
                    () -> run.report().formatRaces());
            assertTrue(run.report().races().stream().anyMatch(r -> r.access().write() || r.previous().write()),
                    "seed " + seed + " reported no race:\n" + run.output());
        }
        assertEquals(Set.of("served = 1\n", "served = 2\n"), outputs);
        DemoRun rehearsed = DemoRun.withRaceDetector(demo, demo.rehearsedSeed());
        assertEquals("served = 2\n", rehearsed.output(), "the rehearsed seed prints the right answer");
        assertTrue(rehearsed.report().formatRaces().startsWith("==================\nWARNING: DATA RACE\n"));
        assertTrue(rehearsed.report().formatRaces().endsWith(
                "Found " + rehearsed.report().races().size() + " data race(s)\n"));
    }

    @Test
    void theRaceIsReportedNatively() {
        DemoRun run = DemoRun.withRaceDetector(new RaceDemo(), null);
        assertTrue(run.report().races().stream().map(DataRace::variable).anyMatch("served"::equals),
                run::output);
    }

    @Test
    void theFixedTallyAndThePassHaveNoRaceUnderAnySchedule() {
        for (Demo demo : new Demo[] {new FixedDemo(), new PassDemo()}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                DemoRun run = DemoRun.withRaceDetector(demo, seed);
                assertEquals("", run.report().formatRaces(), demo.name() + " under seed " + seed);
            }
            assertEquals(0, DemoRun.withRaceDetector(demo, null).report().races().size(), demo.name() + " natively");
        }
        assertEquals("served = 2\n", DemoRun.withRaceDetector(new FixedDemo(), 7L).output());
        assertEquals("order = \"soup\"\n", DemoRun.withRaceDetector(new PassDemo(), 7L).output());
    }

    @Test
    void theRailCanPrintEitherOrderAndRacesUnderEverySeed() {
        Demo demo = new RailDemo();
        Set<String> outputs = new TreeSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            DemoRun run = DemoRun.withRaceDetector(demo, seed);
            outputs.add(run.output());
            assertEquals(1, run.report().races().size(), "seed " + seed + ": " + run.report().formatRaces());
        }
        assertEquals(Set.of("order = \"\"\n", "order = \"soup\"\n"), outputs);
        DemoRun rehearsed = DemoRun.withRaceDetector(demo, demo.rehearsedSeed());
        assertEquals("order = \"\"\n", rehearsed.output());
        assertEquals(1, rehearsed.report().races().size(), rehearsed.report()::formatRaces);
    }
}
