package dev.gocon.course.pipelines.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.util.List;

/** The exercises of the {@code pipelines} lesson: deadlock a pipeline stopped early, then stop it well. */
public final class PipelinesExercises {

    private PipelinesExercises() {
    }

    /* A generator, two square workers (fan-out), and a main that stops at the first big square. */
    private static Program stopsEarly() {
        return new Program("""
                nums := make(chan int)
                squares := make(chan int)
                var wg sync.WaitGroup
                go func() { // generator
                    for n := 1; n <= 3; n++ {
                        nums <- n
                    }
                    close(nums)
                }()
                for w := 1; w <= 2; w++ { // square-1, square-2
                    wg.Add(1)
                    go func() { defer wg.Done(); for n := range nums { squares <- n * n } }()
                }
                for s := range squares {
                    fmt.Println(s)
                    if s > 5 {
                        break // main stops early, with no done channel to tell the stages
                    }
                }
                wg.Wait()
                """, context -> {
            Channel<Integer> nums = Channel.make("nums");
            Channel<Integer> squares = Channel.make("squares");
            WaitGroup wg = new WaitGroup("stages");
            Go.go("generator", () -> {
                for (int n = 1; n <= 3; n++) {
                    nums.send(n);
                }
                nums.close();
            });
            for (int w = 1; w <= 2; w++) {
                wg.go("square-" + w, () -> {
                    for (int n : nums) {
                        squares.send(n * n);
                    }
                });
            }
            for (int s : squares) {
                context.out().println(s);
                if (s > 5) {
                    break;
                }
            }
            wg.await();
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("pipelines",
                new PlayScheduler("deadlock-pipeline", "Deadlock this pipeline", stopsEarly(),
                        "main stops at the first square above 5. Pick the schedule so that every goroutine"
                                + " ends up blocked for good.",
                        PlayScheduler.Goals.deadlock(),
                        "main stopped reading at 9 while the other square worker still held a square to"
                                + " send: that worker blocks on squares for ever, wg.Wait() never returns, and"
                                + " no goroutine is left to wake anyone. A done channel closed by main would"
                                + " have let the worker give up its send.",
                        List.of("Only 3 squares to 9, and main stops there. Who could still be holding a square"
                                        + " when main stops?",
                                "Let square-1 take 1 and square-2 take 2, then let the one holding 3's square"
                                        + " deliver 9 before the other delivers its square."),
                        "Let square-1 receive 1 and square-2 receive 2; let square-1 send 1 to main, receive 3"
                                + " and send 9 to main before square-2 sends 4. main breaks at 9 and waits;"
                                + " square-2 waits to send 4 for ever: deadlock."),
                new WriteCode("early-stop", "Stop a pipeline early without leaking a goroutine",
                        PipelinesExercises.class, "Squares.java", SquaresCheck.class.getName(),
                        List.of("main takes three squares and returns, but the generator and the square stage are"
                                        + " still blocked on their sends: leaked. They need a way to hear 'stop'.",
                                "Make a Channel<Void> done. In each stage, send with a select that also receives"
                                        + " from done: int i = Select.select(Select.send(nums, n, () -> { }),"
                                        + " Select.receive(done, x -> { })); if (i == 1) return;",
                                "A stage that stops must close its output (Go's defer close(out); in Java a"
                                        + " try/finally), or the next stage waits for ever in its range.",
                                "Start the stages through a WaitGroup; after the three receives, close done and"
                                        + " wait for the stages, so that none is alive when main returns.")));
    }
}
