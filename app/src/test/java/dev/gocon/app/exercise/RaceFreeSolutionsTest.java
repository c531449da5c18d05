package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gocon.course.catalog.ExerciseCatalog;
import dev.gocon.course.exercise.WriteCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gocon check --race} on every write-the-code solution of the course: each still passes, so the
 * race detector reports no race where the course teaches there is none.
 */
class RaceFreeSolutionsTest {

    @TempDir
    Path dir;

    @TestFactory
    @Timeout(300)
    Stream<DynamicTest> everySolutionPassesWithTheRaceDetectorOn() {
        ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(20)).withRaceDetector();
        return ExerciseCatalog.exercises().all().stream()
                .filter(e -> e.exercise() instanceof WriteCode)
                .map(e -> DynamicTest.dynamicTest(e.id(), () -> {
                    WriteCode write = (WriteCode) e.exercise();
                    Path folder = Files.createDirectories(dir.resolve(e.lessonId()).resolve(write.id()));
                    Path file = folder.resolve(write.fileName());
                    Files.writeString(file, write.solution());
                    Verdict verdict = runner.check(file, write.className(), write.checkClass()).verdict();
                    assertEquals(new Verdict.Passed(), verdict, e.id() + ": the solution must pass with --race");
                }));
    }
}
