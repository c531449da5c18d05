package dev.gocon.course.mutex.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.util.List;

/** The mutex lesson's exercises: the lost update, predicted, played and fixed with a Mutex. */
public final class MutexExercises {

    private MutexExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("mutex", lostUpdateOutcomes(), loseAnUpdate(), guardTheTally());
    }

    /** The shared tally, unguarded. */
    private static final class Tally {
        int served;
    }

    /** Two waiters, one plate each, read-then-write with a pause in between. */
    private static Program twoWaiters() {
        return new Program("""
                func main() {
                    served := 0
                    var wg sync.WaitGroup
                    wg.Add(2)
                    for w := 1; w <= 2; w++ {
                        go func() { // waiter-1, waiter-2
                            defer wg.Done()
                            v := served        // read the tally
                            runtime.Gosched()  // someone else may run here
                            served = v + 1     // write it back
                        }()
                    }
                    wg.Wait()
                    fmt.Println("served =", served)
                }
                """, ctx -> {
            Tally tally = new Tally();
            WaitGroup wg = new WaitGroup("waiters");
            wg.add(2);
            for (int w = 1; w <= 2; w++) {
                Go.go("waiter-" + w, () -> {
                    try {
                        int v = tally.served; // read the tally
                        Go.gosched(); // someone else may run here
                        tally.served = v + 1; // write it back
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("served = " + tally.served);
        });
    }

    static Predict lostUpdateOutcomes() {
        return new Predict("lost-update", "Two waiters, one tally", twoWaiters(), "Which outputs are possible? Select all.",
                List.of(new Choice("a", "served = 2"),
                        new Choice("b", "served = 1"),
                        new Choice("c", "served = 0")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                List.of("served = v + 1 writes back what this waiter read, whatever happened in between.",
                        "What if both waiters read the tally before either writes it back?"),
                """
                a and b. If one waiter reads and writes before the other reads, the tally ends at 2. If both \
                read 0 before either writes, both write 1: one update is lost, and the tally says 1. It can \
                never be 0, since both waiters write at least 1 and wg.Wait waits for both writes.""");
    }

    static PlayScheduler loseAnUpdate() {
        return new PlayScheduler("lose-an-update", "Lose an update", twoWaiters(),
                "Lose an update: make the program print served = 1.",
                PlayScheduler.Goals.finishedPrinting(out -> out.contains("served = 1")),
                """
                Both waiters read the tally while it was 0, and each wrote back 0 + 1. The second write \
                overwrote the first: one plate served, two counted as one. That window between the read and \
                the write is what a Mutex closes: with mu.Lock around both, the second waiter could not read \
                until the first had written.""",
                List.of("Each waiter reads, pauses at runtime.Gosched, then writes back what it read.",
                        "Let the first waiter read and pause, then let the second one read before the first writes."),
                "Step waiter-1 to its Gosched (it has read 0), step waiter-2 to its Gosched (it has read 0 too), "
                        + "then let both finish: each writes 1.");
    }

    static WriteCode guardTheTally() {
        return new WriteCode("guard-the-tally", "Guard the tally with a Mutex", MutexExercises.class,
                "Tally.java", TallyCheck.class.getName(),
                List.of("The read and the write must happen with no other waiter in between.",
                        "Lock mu before the read, and unlock it after the write, in a finally."));
    }
}
