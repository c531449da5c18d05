package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.go.RunReport;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every demo of every lesson, run with the race detector on under the native scheduler and
 * {@value DemoRuns#SEEDS} seeds of the stepped one: no demo reports a data race (the detector has no
 * false positive on the course), except a demo whose name starts with {@code racy}, which is meant to
 * show one and must report it under every schedule.
 */
class RaceFreeDemosTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TestFactory
    @Timeout(600)
    Stream<DynamicNode> everyDemoIsRaceFreeUnlessNamedRacy() {
        return Catalog.lessons().stream().filter(lesson -> !lesson.demos().isEmpty())
                .map(lesson -> DynamicContainer.dynamicContainer(lesson.id(),
                        lesson.demos().stream().map(demo -> Timed.dynamicTest(demo.name(), LIMIT, () -> {
                            check(demo, null);
                            for (long seed = 1; seed <= DemoRuns.SEEDS; seed++) {
                                check(demo, seed);
                            }
                        }))));
    }

    private static void check(Demo demo, Long seed) {
        RunReport report = DemoRuns.withRaceDetector(demo, seed);
        String where = demo.name() + (seed == null ? " under the native scheduler" : " under seed " + seed);
        if (demo.name().startsWith("racy")) {
            assertFalse(report.races().isEmpty(), where + " is named racy but reported no race");
        } else {
            assertEquals("", report.formatRaces(), where);
        }
    }
}
