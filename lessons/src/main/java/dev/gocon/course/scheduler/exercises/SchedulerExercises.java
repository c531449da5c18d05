package dev.gocon.course.scheduler.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The exercises of the {@code scheduler} lesson: no time slicing. gocon's stepped scheduler, like a
 * Java virtual thread, never takes a goroutine off its carrier while it runs plain code; Go since 1.14
 * does. The spin is a short bounded loop, so the programs always end.
 */
public final class SchedulerExercises {

    private SchedulerExercises() {
    }

    /* Plain code that never calls the runtime: nothing in it lets the scheduler switch. */
    private static long spin() {
        long x = 0;
        for (int i = 0; i < 10_000; i++) {
            x += i ^ x;
        }
        return x;
    }

    private static Program clockAndSpinner() {
        return new Program("""
                runtime.GOMAXPROCS(1) // --procs 1
                var wg sync.WaitGroup
                wg.Add(2)
                go func() { // clock
                    defer wg.Done()
                    fmt.Println("tick 1")
                    runtime.Gosched()
                    fmt.Println("tick 2")
                }()
                go func() { // spinner: never calls the runtime while it spins
                    defer wg.Done()
                    fmt.Println("spin start")
                    for i := 0; i < 1e9; i++ {
                    }
                    fmt.Println("spin end")
                }()
                wg.Wait()
                """, context -> {
            PrintStream out = context.out();
            WaitGroup wg = new WaitGroup("wg");
            wg.go("clock", () -> {
                out.println("tick 1");
                Go.gosched();
                out.println("tick 2");
            });
            wg.go("spinner", () -> {
                out.println("spin start");
                spin();
                out.println("spin end");
            });
            wg.await();
        });
    }

    private static Program starve() {
        return new Program("""
                runtime.GOMAXPROCS(1) // --procs 1
                var wg sync.WaitGroup
                wg.Add(2)
                go func() { // clock
                    defer wg.Done()
                    for i := 1; i <= 3; i++ {
                        fmt.Println("tick", i)
                        time.Sleep(100 * time.Millisecond)
                    }
                }()
                go func() { // spinner
                    defer wg.Done()
                    for i := 0; i < 3e9; i++ { // three seconds of work, no function calls
                    }
                    fmt.Println("spinner done")
                }()
                wg.Wait()
                """, context -> {
            PrintStream out = context.out();
            WaitGroup wg = new WaitGroup("wg");
            wg.go("clock", () -> {
                for (int i = 1; i <= 3; i++) {
                    out.println("tick " + i);
                    Go.sleep(Duration.ofMillis(100));
                }
            });
            wg.go("spinner", () -> {
                spin();
                out.println("spinner done");
            });
            wg.await();
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("scheduler",
                new Predict("no-time-slicing", "Which outputs does a scheduler without time slicing allow?",
                        clockAndSpinner(),
                        "Run as Java runs it: a virtual thread is never taken off its carrier while it"
                                + " spins. Which outputs are possible? Select all.",
                        List.of(new Predict.Choice("a", "tick 1\ntick 2\nspin start\nspin end"),
                                new Predict.Choice("b", "tick 1\nspin start\nspin end\ntick 2"),
                                new Predict.Choice("c", "spin start\nspin end\ntick 1\ntick 2"),
                                new Predict.Choice("d", "tick 1\nspin start\ntick 2\nspin end"),
                                new Predict.Choice("e", "spin start\ntick 1\ntick 2\nspin end")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                        List.of("Where can the clock be switched out? Where can the spinner?",
                                "The spinner calls nothing that yields between \"spin start\" and \"spin end\":"
                                        + " once it starts, it runs to its end."),
                        """
                        a, b and c. The clock can give up the carrier at Gosched; the spinner cannot be \
                        interrupted between "spin start" and "spin end", so those two lines are always \
                        together. d and e need a scheduler that takes the carrier away from a spinning \
                        goroutine: Go does since 1.14 (asynchronous preemption, after about 10 ms), so with \
                        a long spin Go prints d or e; a Java virtual thread is not time-sliced, so Java \
                        never does."""),
                new PlayScheduler("starve-the-clock", "Starve the clock with --procs 1", starve(),
                        "One carrier, a clock that ticks every 100 ms and a spinner that never calls the"
                                + " runtime. Make the spinner finish before the clock prints a single tick.",
                        PlayScheduler.Goals.finishedPrinting(out -> out.startsWith("spinner done")),
                        "the spinner got the carrier first and kept it until it was done: a virtual thread"
                                + " is never preempted, so with --procs 1 the clock waited the whole three"
                                + " seconds. Go would have preempted the spinner after about 10 ms and the"
                                + " clock would have ticked on time.",
                        List.of("Only one goroutine runs at a time here. Which one gets the carrier first?",
                                "Once the spinner runs, nothing in its loop lets anyone else in."),
                        "run g1 (main starts the clock and the spinner), then run g3: the spinner keeps the"
                                + " carrier until it prints spinner done, and only then does the clock tick."));
    }
}
