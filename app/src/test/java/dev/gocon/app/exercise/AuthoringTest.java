package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.catalog.ExerciseCatalog;
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
        ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(20));
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

    /**
     * A check asserts the concurrency its exercise asks for, not only the result: an answer that
     * computes the result with no goroutine, channel or lock fails, and the verdict says what is
     * missing.
     */
    @TestFactory
    @Timeout(120)
    Stream<DynamicTest> anAnswerWithoutTheConcurrencyFails() {
        ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(20));
        return Stream.of(
                new String[] {"channels/close-the-range", "import java.util.List;\n"
                        + "public class Plates { public static List<String> serve() {"
                        + " return List.of(\"soup\", \"steak\", \"cake\"); } }", "channel"},
                new String[] {"mutex/guard-the-tally", "public class Tally {"
                        + " public static int serve(int waiters, int plates) { return waiters * plates; } }",
                        "Mutex"},
                new String[] {"goroutines/wait-do-not-sleep",
                        "public class HeadChef { public static int serve() { return 3; } }", "goroutines"},
                new String[] {"waitgroup/count-before-go",
                        "public class TallyBoard { public static int plateAll(int dishes) { return dishes; } }",
                        "goroutines"},
                new String[] {"parallelism/bake-at-once",
                        "public class Ovens { public static int bakeAll(int cakes) { return cakes; } }",
                        "goroutines"})
                .map(fake -> DynamicTest.dynamicTest(fake[0], () -> {
                    Exercises.Entry entry = ExerciseCatalog.exercises().all().stream()
                            .filter(e -> e.id().equals(fake[0])).findFirst().orElseThrow();
                    WriteCode write = (WriteCode) entry.exercise();
                    Path file = Files.createDirectories(dir.resolve(fake[0])).resolve(write.fileName());
                    Files.writeString(file, fake[1]);
                    Verdict verdict = runner.check(file, write.className(), write.checkClass()).verdict();
                    assertFalse(verdict.passed(), fake[0] + ": an answer with no concurrency passed");
                    assertTrue(verdict.toString().contains(fake[2]), fake[0] + ": the verdict should say"
                            + " what is missing (" + fake[2] + "): " + verdict);
                }));
    }
}
