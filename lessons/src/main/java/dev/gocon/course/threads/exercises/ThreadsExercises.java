package dev.gocon.course.threads.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.util.List;

/** The threads lesson's exercises: counting goroutines, and parking ten thousand of them. */
public final class ThreadsExercises {

    private ThreadsExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("threads", countGoroutines(), parkTenThousand());
    }

    /** main is a goroutine too. */
    static Predict countGoroutines() {
        Program program = new Program("""
                func main() {
                    closing := make(chan bool)
                    for i := 1; i <= 3; i++ {
                        go func() { <-closing }() // worker-1..3: parked until closing time
                    }
                    fmt.Println(runtime.NumGoroutine(), "goroutines")
                    close(closing)
                }
                """, ctx -> {
            Channel<Boolean> closing = Channel.make("closing");
            for (int i = 1; i <= 3; i++) {
                Go.go("worker-" + i, closing::receive);
            }
            ctx.out().println(Go.numGoroutine() + " goroutines");
            closing.close();
        });
        return new Predict("count-goroutines", "How many goroutines?", program, "What does it print?",
                List.of(new Choice("a", "3 goroutines"),
                        new Choice("b", "4 goroutines"),
                        new Choice("c", "1 goroutines"),
                        new Choice("d", "0 goroutines")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("A goroutine blocked on a channel still exists: it is parked, not gone.",
                        "Is main a goroutine?"),
                """
                b. Three workers, parked on closing, plus main, which is a goroutine too: four. A parked \
                goroutine costs a few kilobytes of stack and no OS thread, which is why a program can hold \
                thousands of them at once.""");
    }

    static WriteCode parkTenThousand() {
        return new WriteCode("park-ten-thousand", "Park ten thousand goroutines", ThreadsExercises.class,
                "Crowd.java", CrowdCheck.class.getName(),
                List.of("Each goroutine should wait on one shared channel with closing.receive().",
                        "Count with Go.numGoroutine() while they are all parked, then close the channel to wake them.",
                        "wg.go(closing::receive) starts a goroutine the WaitGroup waits for, as in the lesson."));
    }
}
