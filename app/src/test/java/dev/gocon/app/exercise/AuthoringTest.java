package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Catalog;
import dev.gocon.course.exercise.ExerciseCatalog;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.course.exercise.sample.SampleExercises;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps adding an exercise cheap and safe: every exercise of the course (and the sample) has a
 * hint and belongs to a real lesson; every write-the-code starter has TODO markers and fails its
 * check, and every solution passes it.
 */
class AuthoringTest {

    @TempDir
    Path dir;

    private static List<Exercises.Entry> everyExercise() {
        List<Exercises.Entry> all = new ArrayList<>(ExerciseCatalog.exercises().all());
        all.addAll(Exercises.of(List.of(SampleExercises.create())).all());
        return all;
    }

    @Test
    void everyExerciseHasAHintAndBelongsToALessonOfTheCatalog() {
        for (Exercises.Entry entry : everyExercise()) {
            assertFalse(entry.exercise().hints().isEmpty(), entry.id());
            assertFalse(entry.exercise().solution().isBlank(), entry.id());
            if (!entry.lessonId().equals(SampleExercises.LESSON)) {
                assertTrue(Catalog.find(entry.lessonId()).isPresent(), entry.id() + ": no such lesson");
            }
        }
        assertTrue(Catalog.find(SampleExercises.LESSON).isEmpty(), "the sample is not a lesson");
    }

    @TestFactory
    @Timeout(120)
    Stream<DynamicTest> everyStarterFailsAndEverySolutionPasses() {
        ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(10));
        return everyExercise().stream()
                .filter(e -> e.exercise() instanceof WriteCode)
                .map(e -> DynamicTest.dynamicTest(e.id(), () -> {
                    WriteCode write = (WriteCode) e.exercise();
                    assertTrue(write.starter().contains("TODO"), e.id() + ": the starter has TODO markers");
                    Path folder = Files.createDirectories(dir.resolve(e.lessonId()).resolve(write.id()));
                    Path file = folder.resolve(write.fileName());
                    Files.writeString(file, write.starter());
                    Verdict starter = runner.check(file, write.className(), write.checkClass()).verdict();
                    assertFalse(starter.passed(), e.id() + ": the starter must not pass its check");
                    Files.writeString(file, write.solution());
                    Verdict solution = runner.check(file, write.className(), write.checkClass()).verdict();
                    assertEquals(new Verdict.Passed(), solution, e.id() + ": the solution must pass");
                }));
    }
}
