package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.sample.SampleExercises;
import dev.gocon.go.RunReport;
import dev.gocon.go.StepChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PlaySessionTest {

    private final PlayScheduler stuck = (PlayScheduler) SampleExercises.create().exercises().get(1);

    private static long id(PlaySession.State state, String name) {
        return ((PlaySession.Waiting) state).runnable().stream().filter(c -> c.name().equals(name))
                .mapToLong(StepChoice::id).findFirst().orElse(-1);
    }

    /* Steps until both workers have started and stand before their first lock. */
    private static PlaySession.State untilBothWorkers(PlaySession game, PlaySession.State state) throws Exception {
        while (state instanceof PlaySession.Waiting waiting) {
            var starting = waiting.runnable().stream().filter(c -> c.nextOp().equals("start")).findFirst();
            if (starting.isEmpty() && id(state, "left") >= 0 && id(state, "right") >= 0) {
                return state;
            }
            state = game.step(starting.map(c -> waiting.runnable().indexOf(c)).orElse(0));
        }
        return state;
    }

    @Test
    void takingTheFirstLocksInOppositeOrderDeadlocksAndWins() throws Exception {
        try (PlaySession game = new PlaySession(stuck, 1)) {
            PlaySession.State state = untilBothWorkers(game, game.start());
            long left = id(state, "left");
            long right = id(state, "right");
            state = game.step(PlaySession.indexOf((PlaySession.Waiting) state, left));
            state = game.step(PlaySession.indexOf((PlaySession.Waiting) state, right));
            while (state instanceof PlaySession.Waiting) {
                state = game.step(0);
            }
            assertEquals(RunReport.Outcome.DEADLOCK, assertInstanceOf(PlaySession.Ended.class, state).report().outcome());
            assertTrue(game.goalReached());
        }
    }

    @Test
    void runningOneWorkerToTheEndAvoidsTheDeadlockAndUndoTakesItBack() throws Exception {
        try (PlaySession game = new PlaySession(stuck, 1)) {
            PlaySession.State state = untilBothWorkers(game, game.start());
            long left = id(state, "left");
            long right = id(state, "right");
            state = game.runUntilBlocked(left);
            state = game.runUntilBlocked(right);
            while (state instanceof PlaySession.Waiting) {
                state = game.step(0);
            }
            assertTrue(assertInstanceOf(PlaySession.Ended.class, state).report().ok());
            assertFalse(game.goalReached());

            PlaySession.State back = game.undo();
            assertInstanceOf(PlaySession.Waiting.class, back, "undo brings back the last decision");
            PlaySession.State again = game.reset();
            assertInstanceOf(PlaySession.Waiting.class, again);
            assertTrue(game.trace().size() < 10, "reset starts from the beginning");
        }
    }
}
