package dev.gocon.course.parallelism.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The parallelism lesson's exercises: baking in a row against at once, and baking at once. */
public final class ParallelismExercises {

    private ParallelismExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("parallelism", inARowAndAtOnce(), bakeAtOnce());
    }

    /** Waiting overlaps; a row of waits adds up. */
    static Predict inARowAndAtOnce() {
        Program program = new Program("""
                func bake() { time.Sleep(time.Hour) } // the oven: no cook needed

                func main() {
                    start := time.Now()
                    bake()
                    bake()
                    fmt.Println("in a row:", int(time.Since(start).Hours()), "hours")
                    start = time.Now()
                    var wg sync.WaitGroup
                    wg.Add(2)
                    go func() { defer wg.Done(); bake() }() // oven-1
                    go func() { defer wg.Done(); bake() }() // oven-2
                    wg.Wait()
                    fmt.Println("at once:", int(time.Since(start).Hours()), "hours")
                }
                """, ctx -> {
            Instant start = Go.now();
            bake();
            bake();
            ctx.out().println("in a row: " + Duration.between(start, Go.now()).toHours() + " hours");
            Instant again = Go.now();
            WaitGroup wg = new WaitGroup("ovens");
            wg.add(2);
            for (int i = 1; i <= 2; i++) {
                Go.go("oven-" + i, () -> {
                    try {
                        bake();
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("at once: " + Duration.between(again, Go.now()).toHours() + " hours");
        });
        return new Predict("two-cakes", "Two cakes, two ways", program,
                "What does it print, with one stove (GOMAXPROCS=1)?",
                List.of(new Choice("a", "in a row: 2 hours\nat once: 2 hours"),
                        new Choice("b", "in a row: 2 hours\nat once: 1 hours"),
                        new Choice("c", "in a row: 1 hours\nat once: 1 hours")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("In a row, the second bake starts only when the first has ended.",
                        "Does a cake in the oven need a cook? What does one stove change, then?"),
                """
                b. In a row, the two hours add up. At once, both cakes sit in their ovens during the same hour, \
                and a sleeping goroutine needs no cook, so even one stove (one P) bakes both in one hour. More \
                stoves speed up hands-on work such as chopping, up to the number of cores; waiting overlaps with \
                any number of stoves.""");
    }

    private static void bake() {
        Go.sleep(Duration.ofHours(1)); // the oven: no cook needed
    }

    static WriteCode bakeAtOnce() {
        return new WriteCode("bake-at-once", "Bake every cake at once", ParallelismExercises.class,
                "Ovens.java", OvensCheck.class.getName(),
                List.of("Baking one cake after the other adds up the oven times.",
                        "Start one goroutine per cake (Go.go), and wait for them all with a WaitGroup.",
                        "wg.add(1) before each Go.go, wg.done() in a finally inside it, wg.await() before returning."));
    }
}
