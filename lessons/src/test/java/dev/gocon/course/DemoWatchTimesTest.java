package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * A demo's watch time ({@link Demo#watchTime()}) slows its story down in the live view: the story is
 * measured on the stepped scheduler's virtual clock, which counts only the time the program waits for
 * (sleeps, timers), and the run is stretched by watch time over story time. So a watch time is only
 * worth declaring on a demo whose story waits, and only if it is longer than the story; either mistake
 * would leave the demo flashing by.
 */
class DemoWatchTimesTest {

    @TestFactory
    @Timeout(120)
    Stream<DynamicTest> aWatchTimeIsLongerThanAStoryThatWaits() {
        return LessonText.lessonsToCheck().stream().flatMap(lesson -> lesson.demos().stream()
                .filter(demo -> demo.watchTime().isPositive())
                .map(demo -> DynamicTest.dynamicTest(lesson.id() + " " + demo.name(), () -> {
                    Duration story = Duration.ofNanos(storyNanos(demo));
                    assertTrue(story.isPositive(), demo.name() + " never waits, so its watch time cannot slow it");
                    assertTrue(demo.watchTime().compareTo(story) > 0, demo.name() + ": the watch time "
                            + demo.watchTime() + " does not slow a story of " + story);
                })));
    }

    /** The story's length on the virtual clock, under the demo's rehearsed seed. */
    private static long storyNanos(Demo demo) {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        RunReport report = Go.run(RunConfig.stepped(demo.rehearsedSeed()),
                () -> demo.run(new DemoContext(silent, 1, true, Map.of())));
        return report.nanos();
    }
}
