package dev.gocon.course.races.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.ProgramRuns;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The races exercises' answers are what their programs do. */
@Timeout(120)
class RacesExercisesTest {

    @Test
    void theFirstLookRacesAndTheSecondAlwaysSeesSoup() {
        assertEquals(Set.of("a", "b"), ProgramRuns.possibleChoices(RacesExercises.twoLooks(), 200));
    }

    @Test
    void soupAtTheFirstLookCanBePlayed() {
        assertTrue(ProgramRuns.goalReachable(RacesExercises.soupAtFirstLook(), 50));
    }
}
