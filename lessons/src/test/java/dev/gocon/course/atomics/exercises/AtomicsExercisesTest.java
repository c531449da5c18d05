package dev.gocon.course.atomics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.ProgramRuns;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The atomics exercises' answers are what their programs do. */
@Timeout(120)
class AtomicsExercisesTest {

    @Test
    void anAtomicLoadThenStoreCanLoseAnUpdate() {
        assertEquals(Set.of("a", "b"), ProgramRuns.possibleChoices(AtomicsExercises.loadThenStore(), 200));
    }

    @Test
    void theMenuCanBeLoadedTwice() {
        assertTrue(ProgramRuns.goalReachable(AtomicsExercises.loadTheMenuTwice(), 50));
    }
}
