package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every demo of every lesson runs to its end under the native scheduler and under
 * {@value DemoRuns#SEEDS} seeds of the stepped one; one seed prints the same bytes twice, and what
 * the demo prints under its rehearsed seed is recorded in a file beside the tests.
 *
 * <p>A demo whose name starts with {@code deadlock} is meant to end in Go's deadlock report; for it,
 * "to its end" means the run ends with a {@code Deadlock}.
 */
class DemoRunsTest {

    /** Far above what any demo needs (under 10 s natively, far less stepped). */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TestFactory
    @Timeout(300)
    Stream<DynamicNode> everyDemoRunsUnderBothSchedulers() {
        return LessonText.lessonsToCheck().stream().filter(lesson -> !lesson.demos().isEmpty())
                .map(lesson -> DynamicContainer.dynamicContainer(lesson.id(),
                        lesson.demos().stream().map(demo -> checks(lesson, demo))));
    }

    private static DynamicNode checks(Lesson lesson, Demo demo) {
        return DynamicContainer.dynamicContainer(demo.name(), Stream.of(
                Timed.dynamicTest("runs under the native scheduler", LIMIT,
                        () -> DemoRuns.nativeRun(demo)),
                Timed.dynamicTest("runs under " + DemoRuns.SEEDS + " seeds", LIMIT, () -> {
                    for (long seed = 1; seed <= DemoRuns.SEEDS; seed++) {
                        DemoRuns.stepped(demo, seed);
                    }
                }),
                Timed.dynamicTest("same seed, same output", LIMIT, () -> {
                    long seed = demo.rehearsedSeed();
                    assertEquals(DemoRuns.stepped(demo, seed), DemoRuns.stepped(demo, seed));
                }),
                Timed.dynamicTest("prints what was recorded", LIMIT,
                        () -> recorded(lesson, demo))));
    }

    /**
     * Under its rehearsed seed, a demo prints what is recorded in
     * {@code src/test/resources/dev/gocon/course/expected/<lesson>/<demo>.txt}. Run the tests with
     * {@code -Dgocon.record=true} to (re)write those files after changing a demo on purpose.
     */
    private static void recorded(Lesson lesson, Demo demo) throws IOException {
        String actual = DemoRuns.stepped(demo, demo.rehearsedSeed());
        Path file = Path.of("src/test/resources/dev/gocon/course/expected", lesson.id(),
                demo.name() + ".txt");
        if (Boolean.getBoolean("gocon.record")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
            return;
        }
        String resource = "expected/" + lesson.id() + "/" + demo.name() + ".txt";
        try (InputStream in = DemoRunsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "nothing recorded for " + lesson.id() + "/" + demo.name()
                    + ": run the tests once with -Dgocon.record=true");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "output under seed " + demo.rehearsedSeed() + " (left: recorded)");
        }
    }
}
