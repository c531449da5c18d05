package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.sample.SampleExercises;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PlayLoopTest {

    private final PlayScheduler stuck = (PlayScheduler) SampleExercises.create().exercises().get(1);

    private boolean play(StringWriter screen, String... moves) throws Exception {
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(moves));
        try (PlaySession game = new PlaySession(stuck, 1)) {
            return new PlayLoop(stuck, new PrintWriter(screen, true)).play(game, prompt -> queue.poll());
        }
    }

    @Test
    void aLearnerDeadlocksTheWorkersAndIsToldWhy() throws Exception {
        StringWriter screen = new StringWriter();
        // left starts and takes a; main starts right, which takes b; then nobody can go on.
        boolean won = play(screen, "g2", "step g2", "g1", "g3", "s 3", "run g1", "g2", "g3", "g2", "g3");
        assertTrue(won, screen.toString());
        assertTrue(screen.toString().contains("g2 left: lock a"), screen.toString());
        assertTrue(screen.toString().contains("Goal reached. left holds a and waits for b"), screen.toString());
    }

    @Test
    void wrongMovesAreExplainedAndUndoReplays() throws Exception {
        StringWriter screen = new StringWriter();
        boolean won = play(screen, "g9", "dance", "run g2", "run g3", "g1", "undo", "reset", "q");
        assertFalse(won);
        String text = screen.toString();
        assertTrue(text.contains("Pick one of the runnable goroutines"), text);
        assertTrue(text.contains("The run is over without reaching the goal"), text);
        assertTrue(text.contains("-- replayed from the start --"), text);
    }
}
