package dev.gocon.course.kitchens.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The kitchens lesson's exercises: four dishes in two hours, and who is ready first. */
public final class KitchensExercises {

    private KitchensExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("kitchens", twoHoursNotEight(), stewFirst());
    }

    /** Four dishes that only wait: concurrency alone makes it two hours. */
    static Predict twoHoursNotEight() {
        Program program = new Program("""
                func main() {
                    start := time.Now()
                    var wg sync.WaitGroup
                    for i := 1; i <= 4; i++ { // cake, cupcakes, chicken, stew
                        wg.Add(1)
                        go func() { // one goroutine per dish
                            defer wg.Done()
                            time.Sleep(2 * time.Hour) // in the oven: no hands needed
                        }()
                    }
                    wg.Wait()
                    fmt.Println("ready after", int(time.Since(start).Hours()), "hours")
                }
                """, ctx -> {
            Instant start = Go.now();
            WaitGroup wg = new WaitGroup("dishes");
            for (String dish : List.of("lemon-cake", "cupcakes", "chicken", "goat-stew")) {
                wg.add(1);
                Go.go(dish, () -> {
                    try {
                        Go.sleep(Duration.ofHours(2)); // in the oven: no hands needed
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("ready after " + Duration.between(start, Go.now()).toHours() + " hours");
        });
        return new Predict("two-hours-not-eight", "Four dishes in the oven", program, "What does it print?",
                List.of(new Choice("a", "ready after 8 hours"),
                        new Choice("b", "ready after 4 hours"),
                        new Choice("c", "ready after 2 hours"),
                        new Choice("d", "ready after 0 hours")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("Each dish is its own goroutine, and all four are started before main waits.",
                        "A sleeping goroutine needs no cook: the four ovens run at the same time."),
                """
                c. All four dishes are in progress at once, and a sleeping goroutine uses no cook, so the four \
                two-hour waits overlap: two hours in all, not eight, and with any number of cooks. That is \
                concurrency: the dishes spend their time waiting, and waiting overlaps for free. (gocon runs \
                this on virtual time, so the two hours pass in an instant.)""");
    }

    /** Two dishes due at the same instant: the learner decides which is ready first. */
    static PlayScheduler stewFirst() {
        Program program = new Program("""
                func dish(name string, wg *sync.WaitGroup) {
                    defer wg.Done()
                    time.Sleep(2 * time.Hour)
                    fmt.Println(name, "is ready")
                }

                func main() {
                    var wg sync.WaitGroup
                    wg.Add(2)
                    go dish("lemon cake", &wg) // lemon-cake
                    go dish("goat stew", &wg)  // goat-stew
                    wg.Wait()
                }
                """, ctx -> {
            WaitGroup wg = new WaitGroup("dishes");
            wg.add(2);
            Go.go("lemon-cake", () -> dish("lemon cake", wg, ctx.out()));
            Go.go("goat-stew", () -> dish("goat stew", wg, ctx.out()));
            wg.await();
        });
        return new PlayScheduler("stew-first", "Who is ready first?", program,
                "Make the goat stew ready before the lemon cake.",
                PlayScheduler.Goals.finishedPrinting(out -> out.startsWith("goat stew is ready")),
                """
                The cake was started first, and both dishes take exactly two hours, yet the stew was ready \
                first: after the two hours both goroutines could run, and you picked the stew. Starting first \
                promises nothing about finishing first; the scheduler decides, and a correct program must not \
                care which order it picks.""",
                List.of("Both dishes wake up at the same instant, after two hours.",
                        "When both can run, pick goat-stew."),
                "Whenever both dishes can run, step goat-stew first: it prints before the cake.");
    }

    private static void dish(String name, WaitGroup wg, java.io.PrintStream out) {
        try {
            Go.sleep(Duration.ofHours(2));
            out.println(name + " is ready");
        } finally {
            wg.done();
        }
    }
}
