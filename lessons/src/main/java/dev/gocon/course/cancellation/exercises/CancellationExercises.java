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
     * The stew and the timeout are both due at 100 ms. Timers due at the same instant fire in the order
     * they were set, so whoever sets theirs first wins: the cook (by starting its sleep) or the waiter
     * (by making the context).
     */
    private static Program waiter() {
        return new Program("""
                stew := make(chan string, 1) // room for it: the cook never blocks
                go func() { // cook
                    time.Sleep(100 * time.Millisecond)
                    stew <- "stew"
                }()
                // the waiter starts the clock once the order is in
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
            Channel<String> stew = Channel.make("stew", 1);
            Go.go("cook", () -> {
                Go.sleep(Duration.ofMillis(100));
                stew.send("stew");
            });
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

    public static LessonExercises create() {
        return LessonExercises.of("cancellation",
                new PlayScheduler("take-the-timeout", "Make select take the timeout", waiter(),
                        "The stew and the 100 ms timeout are due at the same moment. Make the waiter give up.",
                        PlayScheduler.Goals.finishedPrinting(out -> out.contains("waiter: gave up")),
                        "the context's timer was set first, so at 100 ms it closed ctx.Done() and woke the"
                                + " waiter before the cook woke: the select found only the timeout ready. A"
                                + " timeout is a race against the work; a close one can go either way.",
                        List.of("Both the cook's sleep and the context's timer end at 100 ms; timers due at the"
                                        + " same moment go off in the order they were set.",
                                "Right after go cook, choose main: it sets the context's timer before the cook"
                                        + " has started its sleep."),
                        "Run main first (run g1): it makes the context and blocks in its select before the"
                                + " cook starts sleeping. At 100 ms the context's timer goes off first, and the"
                                + " select takes <-ctx.Done()."),
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
