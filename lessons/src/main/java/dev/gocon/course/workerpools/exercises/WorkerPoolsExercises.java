package dev.gocon.course.workerpools.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.util.List;

/** The exercises of the {@code worker-pools} lesson: a worker that forgets a result, and the closer. */
public final class WorkerPoolsExercises {

    private WorkerPoolsExercises() {
    }

    /* Three workers, six emails; a bounced email (an even id) gets no result; main counts to six. */
    private static Program forgottenSend() {
        return new Program("""
                jobs := make(chan int)
                results := make(chan string)
                for w := 1; w <= 3; w++ {
                    go func() { // worker-w
                        for id := range jobs {
                            if id%2 == 0 {
                                continue // bounced: this worker forgets to send a result
                            }
                            results <- fmt.Sprintf("email %d sent", id)
                        }
                    }()
                }
                go func() { // dispatcher
                    for id := 1; id <= 6; id++ {
                        jobs <- id
                    }
                    close(jobs)
                }()
                for i := 1; i <= 6; i++ { // main knows there are six emails
                    <-results
                    fmt.Println("result", i)
                }
                """, context -> {
            Channel<Integer> jobs = Channel.make("jobs");
            Channel<String> results = Channel.make("results");
            WaitGroup workers = new WaitGroup("workers");
            for (int w = 1; w <= 3; w++) {
                workers.go("worker-" + w, () -> {
                    for (int id : jobs) {
                        if (id % 2 == 0) {
                            continue;
                        }
                        results.send("email " + id + " sent");
                    }
                });
            }
            Go.go("dispatcher", () -> {
                for (int id = 1; id <= 6; id++) {
                    jobs.send(id);
                }
                jobs.close();
            });
            for (int i = 1; i <= 6; i++) {
                results.receive();
                context.out().println("result " + i);
            }
        });
    }

    public static LessonExercises create() {
        String deadlock = "fatal error: all goroutines are asleep - deadlock!";
        return LessonExercises.of("worker-pools",
                new Predict("forgotten-send", "A worker forgets to send a result", forgottenSend(),
                        "Three workers, six emails; the bounced ones (even ids) get no result. What does it print?",
                        List.of(new Predict.Choice("a", "result 1\nresult 2\nresult 3\nresult 4\nresult 5\nresult 6"),
                                new Predict.Choice("b", "result 1\nresult 2\nresult 3"),
                                new Predict.Choice("c", "result 1\nresult 2\nresult 3\n" + deadlock),
                                new Predict.Choice("d", deadlock)),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("Count the results the workers actually send: only the odd ids get one.",
                                "After the third result, who could still send on results? The workers have"
                                        + " ranged over a closed jobs channel and returned."),
                        """
                        c: three results arrive (emails 1, 3 and 5), then main waits for a fourth that no \
                        one will ever send. The dispatcher and the workers have all returned, so every \
                        goroutine is asleep: Go reports a deadlock.
                        Counting the results you expect is fragile. Let the workers' WaitGroup close \
                        results, and range over it: the loop then ends with however many results came."""),
                new WriteCode("close-results", "Close results once every worker has finished",
                        WorkerPoolsExercises.class, "Pool.java", PoolCheck.class.getName(),
                        List.of("Three workers send on results, and none of them knows when the others are done."
                                        + " A WaitGroup does.",
                                "Start the workers with wg.go(...), then a closer goroutine:"
                                        + " Go.go(\"closer\", () -> { wg.await(); results.close(); }).",
                                "Do not call wg.await() in sendAll itself before the range: the workers would"
                                        + " block on their first send, and the wait would never end.")));
    }
}
