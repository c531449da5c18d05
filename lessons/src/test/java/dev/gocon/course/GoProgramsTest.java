package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@code ```go} block of every lesson is a real program: {@code go vet} accepts it, and
 * {@code go run} runs it to a successful end in under five seconds.
 *
 * <p>A program meant to fail carries the comment {@code // It fails on purpose with: TEXT}: then it
 * must exit with an error whose output contains TEXT (a deadlock, a panic).
 *
 * <p>Skipped, with a message, when {@code go} is not on the PATH (.ci/run installs Debian's
 * golang-go).
 */
class GoProgramsTest {

    /** go vet and go run, compiling included, on a busy machine. */
    private static final Duration LIMIT = Duration.ofSeconds(150);

    @TestFactory
    @Timeout(240)
    Stream<DynamicTest> everyGoProgramVetsAndRuns() {
        return Catalog.lessons().stream().flatMap(lesson -> LessonText.of(lesson).blocks("go")
                .stream().map(block -> Timed.dynamicTest(block.label(lesson.id()), LIMIT, () -> {
                    Assumptions.assumeTrue(GoPrograms.available(),
                            "go is not on the PATH: the lessons' Go programs were not checked."
                                    + " Install Go (Debian: apt-get install golang-go).");
                    check(block);
                })));
    }

    private static void check(LessonText.Block block) throws Exception {
        GoPrograms.Result vet = GoPrograms.go(block.code(), "vet", 60);
        assertEquals(0, vet.exitCode(), () -> "go vet failed:\n" + vet.stderr());

        GoPrograms.Result run = GoPrograms.run(block.code(), true);
        var failure = block.expectedFailure();
        if (failure.isPresent()) {
            assertNotEquals(0, run.exitCode(), "the program should have failed");
            assertTrue(run.stderr().contains(failure.get()),
                    () -> "expected '" + failure.get() + "' in:\n" + run.stderr());
        } else {
            assertEquals(0, run.exitCode(), () -> "go run failed:\n" + run.stderr());
        }
    }
}
