package dev.gocon.course.cancellation.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Context;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The exercises of the {@code cancellation} lesson: a select that takes the timeout, a worker that stops. */
public final class CancellationExercises {

    private CancellationExercises() {
    }

    /*
     * The chef and the apprentice wait for the order: the first to reach the orders channel gets it. The chef takes
     * 50 ms, the apprentice 150 ms, and the waiter gives up at 100 ms.
     */
    private static Program waiter() {
        return new Program("""
                orders := make(chan string)
                stew := make(chan string, 1) // room for it: sending never blocks
                prepare := func(takes time.Duration) {
                    dish := <-orders // the first to get here gets the order
                    time.Sleep(takes)
                    stew <- dish
                }
                go prepare(50 * time.Millisecond)  // chef
                go prepare(150 * time.Millisecond) // apprentice
                orders <- "stew"
                ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
                defer cancel()
                select {
                case dish := <-stew:
                    fmt.Println("waiter: served", dish)
                case <-ctx.Done():
                    fmt.Println("waiter: gave up:", ctx.Err())
                }
                """, context -> {
            PrintStream out = context.out();
            Channel<String> orders = Channel.make("orders");
            Channel<String> stew = Channel.make("stew", 1);
            Go.go("chef", () -> prepare(orders, stew, Duration.ofMillis(50)));
            Go.go("apprentice", () -> prepare(orders, stew, Duration.ofMillis(150)));
            orders.send("stew");
            Context.Cancelable ctx = Context.withTimeout(Context.background(), Duration.ofMillis(100));
            try {
                Select.select(
                        Select.receive(stew, dish -> out.println("waiter: served " + dish)),
                        Select.receive(ctx.done(), x -> out.println("waiter: gave up: " + ctx.err().getMessage())));
            } finally {
                ctx.cancel();
            }
        });
    }

    private static void prepare(Channel<String> orders, Channel<String> stew, Duration takes) {
        String dish = orders.receive();
        Go.sleep(takes);
        stew.send(dish);
    }

    public static LessonExercises create() {
        return LessonExercises.of("cancellation",
                new PlayScheduler("take-the-timeout", "Make select take the timeout", waiter(),
                        "The waiter waits 100 ms for the stew. Make the select take the timeout: the waiter gives up.",
                        PlayScheduler.Goals.finishedPrinting(out -> out.contains("waiter: gave up")),
                        "the apprentice got to the order first, and it needs 150 ms: at"
                                + " 100 ms the context closed ctx.Done() with no stew in sight, and the select"
                                + " took the timeout. Which case wins is a race between the work and the clock.",
                        List.of("Who gets the order, the chef or the apprentice? The first one to reach orders.",
                                "Let the apprentice reach orders before the chef does."),
                        "run g1 (main starts the chef and the apprentice and waits to hand over the order), then run g3: the"
                                + " apprentice takes the order. It needs 150 ms, the context times out at"
                                + " 100 ms: the waiter gives up."),
                new WriteCode("stop-on-done", "Write a worker that stops on ctx.done()",
                        CancellationExercises.class, "Worker.java", WorkerCheck.class.getName(),
                        List.of("The boss never closes jobs: a range over jobs would wait for ever. The worker"
                                        + " must also listen to ctx.done().",
                                "Select.select(Select.receive(jobs, j -> count[0]++),"
                                        + " Select.receive(ctx.done(), x -> stop[0] = true)) waits for whichever"
                                        + " comes first.",
                                "Loop until ctx.done() is ready, then return the count.")));
    }
}
