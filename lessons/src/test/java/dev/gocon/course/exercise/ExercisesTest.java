package dev.gocon.course.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.catalog.ExerciseCatalog;
import dev.gocon.course.exercise.sample.SampleExercises;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExercisesTest {

    private final Exercises sample = Exercises.of(List.of(SampleExercises.create()));

    @Test
    void theSampleHasOneExerciseOfEachKindInOrder() {
        assertEquals(List.of("predict", "play", "write"),
                sample.all().stream().map(e -> e.exercise().kind()).toList());
        assertEquals(List.of("sample/hello", "sample/stuck", "sample/counter"),
                sample.all().stream().map(Exercises.Entry::id).toList());
        assertEquals("sample/stuck", sample.after("sample/hello").orElseThrow().id());
        assertTrue(sample.after("sample/counter").isEmpty());
        assertTrue(sample.find("sample/nope").isEmpty());
    }

    @Test
    void writeCodeResourcesAreBesideTheLesson() {
        WriteCode counter = (WriteCode) sample.find("sample/counter").orElseThrow().exercise();
        assertEquals("Counter", counter.className());
        assertTrue(counter.starter().contains("TODO"));
        assertTrue(counter.solution().contains("incrementAndGet"));
    }

    @Test
    void everyExerciseNeedsAHintAndAKebabCaseId() {
        Program p = new Program("", c -> { });
        assertThrows(IllegalArgumentException.class, () -> new PlayScheduler("x", "t", p, "task",
                r -> true, "why", List.of(), "s"));
        assertThrows(IllegalArgumentException.class, () -> new PlayScheduler("Not Kebab", "t", p, "task",
                r -> true, "why", List.of("h"), "s"));
        assertThrows(IllegalArgumentException.class, () -> LessonExercises.of("l",
                new PlayScheduler("x", "t", p, "task", r -> true, "why", List.of("h"), "s"),
                new PlayScheduler("x", "t", p, "task", r -> true, "why", List.of("h"), "s")));
    }

    @Test
    void normalisationsCompareAsDocumented() {
        assertEquals("a\nb", Predict.Normalisation.TRIM_LINES.apply("\n  a \n b\n\n"));
        assertEquals("ping pong", Predict.Normalisation.LOOSE.apply(" Ping\n\tPONG "));
        assertEquals(" x ", Predict.Normalisation.EXACT.apply(" x "));
    }

    @Test
    void theCourseCatalogIsValid() {
        for (Exercises.Entry entry : ExerciseCatalog.exercises().all()) {
            assertTrue(entry.exercise().hints().size() >= 1, entry.id());
        }
    }
}
