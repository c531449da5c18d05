package dev.gocon.course.waitgroup.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The waitgroup lesson's exercises: Add inside the goroutine, played and fixed. */
public final class WaitGroupExercises {

    private WaitGroupExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("waitgroup", addInsideOutcomes(), waitTooEarly(), countBeforeGo());
    }

    /** Two dishes that count themselves too late. */
    private static Program addInside() {
        return new Program("""
                func main() {
                    var wg sync.WaitGroup
                    var plated atomic.Int32
                    for i := 1; i <= 2; i++ {
                        go func() { // dish-1, dish-2
                            wg.Add(1) // BUG: counted too late
                            defer wg.Done()
                            plated.Add(1)
                        }()
                    }
                    wg.Wait()
                    fmt.Println(plated.Load(), "of 2 plated")
                }
                """, ctx -> {
            WaitGroup wg = new WaitGroup("dishes");
            AtomicInteger plated = new AtomicInteger();
            for (int i = 1; i <= 2; i++) {
                Go.go("dish-" + i, () -> {
                    wg.add(1); // BUG: counted too late
                    try {
                        plated.incrementAndGet();
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println(plated.get() + " of 2 plated");
        });
    }

    static Predict addInsideOutcomes() {
        return new Predict("add-inside", "Counted too late", addInside(), "Which outputs are possible? Select all.",
                List.of(new Choice("a", "2 of 2 plated"),
                        new Choice("b", "1 of 2 plated"),
                        new Choice("c", "0 of 2 plated"),
                        new Choice("d", "fatal error: all goroutines are asleep - deadlock!")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                List.of("wg.Wait returns as soon as the counter is zero, and it starts at zero.",
                        "Who adds to the counter here, and when, compared with main's wg.Wait?"),
                """
                a, b and c. The dishes add to the counter themselves, inside their goroutines. If main reaches \
                wg.Wait before a dish has run its Add, the counter may be zero, and Wait returns at once: \
                0 or 1 dishes plated. Only when both dishes counted themselves first does main see 2. Wait \
                never deadlocks here: a counter of zero never blocks. The fix is wg.Add before the go statement.""");
    }

    static PlayScheduler waitTooEarly() {
        return new PlayScheduler("wait-too-early", "Make wg.Wait return too early", addInside(),
                "Make wg.Wait return before any dish has counted itself: print 0 of 2 plated.",
                PlayScheduler.Goals.finishedPrinting(out -> out.contains("0 of 2 plated")),
                """
                main reached wg.Wait while the counter was still zero, because no dish had run its Add yet. \
                A WaitGroup waits for the counter to be zero, not for "the goroutines I meant": a zero counter \
                lets Wait return at once. Counting each dish in main, before its go statement, closes the gap.""",
                List.of("The counter starts at zero, and only the dishes add to it.",
                        "Keep the dishes from running: let main go on to wg.Wait first."),
                "Pick main at every choice (run main): it starts both dishes and reaches wg.Wait with the counter "
                        + "at zero, then prints 0 of 2 plated.");
    }

    static WriteCode countBeforeGo() {
        return new WriteCode("count-before-go", "Count each dish before it starts", WaitGroupExercises.class,
                "TallyBoard.java", TallyBoardCheck.class.getName(),
                List.of("Under some schedules await() returns while the counter is still zero.",
                        "Move wg.add(1) out of the goroutine, to just before Go.go."));
    }
}
