package dev.gocon.course.toolbox.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.ProgramRuns;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The toolbox exercises' answers are what their programs do. */
@Timeout(120)
class ToolboxExercisesTest {

    @Test
    void fiveJobsThroughTwoSlotsTakeThreeRounds() {
        assertEquals(Set.of("b"), ProgramRuns.possibleChoices(ToolboxExercises.twoSlots(), 20));
    }

    @Test
    void theForgottenSlotCanDeadlock() {
        assertTrue(ProgramRuns.goalReachable(ToolboxExercises.stuckSlot(), 50));
    }
}
