package dev.gocon.course.stress.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exercises of the {@code stress} lesson, about what "peak live goroutines" means: how many tasks
 * are alive at once with {@code --sleep}, and without it. Nothing is measured: the programs count.
 */
public final class StressExercises {

    private StressExercises() {
    }

    private static final String PEAK = """
                    n := live.Add(1)
                    for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
                    }
            """;

    /*
     * Tasks that count themselves alive, keep the peak, pause (sleep or yield), and leave. The count is
     * put in with %s, which writes ASCII digits in any locale, where %d would load the locale's
     * number symbols at every start of gocon.
     */
    private static Program tasks(int count, String pause, boolean sleep) {
        return new Program("""
                var live, peak atomic.Int64
                var wg sync.WaitGroup
                for i := 1; i <= %s; i++ {
                    wg.Add(1)
                    go func() { // task-i
                        defer wg.Done()
                %s        %s
                        live.Add(-1)
                    }()
                }
                wg.Wait()
                fmt.Println("peak live:", peak.Load())
                """.formatted(count, PEAK, pause), context -> {
            AtomicInteger live = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            WaitGroup wg = new WaitGroup("tasks");
            for (int i = 1; i <= count; i++) {
                wg.go("task-" + i, () -> {
                    peak.accumulateAndGet(live.incrementAndGet(), Math::max);
                    if (sleep) {
                        Go.sleep(Duration.ofSeconds(1));
                    } else {
                        Go.gosched();
                    }
                    live.decrementAndGet();
                });
            }
            wg.await();
            context.out().println("peak live: " + peak.get());
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("stress",
                new Predict("alive-at-once", "With --sleep, how many are alive at once?",
                        tasks(5, "time.Sleep(time.Second) // --sleep 1s", true),
                        "Five tasks each sleep one second, on two carriers. What does it print?",
                        List.of(new Predict.Choice("a", "peak live: 1"),
                                new Predict.Choice("b", "peak live: 2"),
                                new Predict.Choice("c", "peak live: 5")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("A sleeping goroutine is parked: it holds no carrier while it sleeps.",
                                "Can any task leave (live.Add(-1)) before every task has started its sleep?"),
                        """
                        c: a sleeping goroutine is parked, not running, so it does not occupy one of the two \
                        carriers. All five start, count themselves and park before the first one wakes: five \
                        are alive at once. That is why the stress lesson's --sleep makes all 100,000 alive \
                        together, and why its heap figure (heap delta over N) is measured then: each \
                        goroutine's stack is on the heap while it is parked."""),
                new PlayScheduler("all-alive", "Without --sleep, make all three alive at once",
                        tasks(3, "runtime.Gosched() // a short task: one chance to switch", false),
                        "Short tasks come and go. Pick the schedule so that it prints peak live: 3.",
                        PlayScheduler.Goals.finishedPrinting(out -> out.contains("peak live: 3")),
                        "every task counted itself and stopped at Gosched before any of them left: all"
                                + " three were alive at once. Without --sleep a task usually ends before the"
                                + " last ones start, so the stress lesson's peak live figure stays far below"
                                + " --tasks; with --sleep every task is alive at the peak.",
                        List.of("A task is alive from live.Add(1) to live.Add(-1), and Gosched is its only"
                                        + " pause in between.",
                                "run lets a goroutine go on until it blocks, so it runs a task to its end: use"
                                        + " step, one task at a time, and step each task only once before the"
                                        + " others have started."),
                        "run g1 (main starts the three tasks and waits), then step g2, step g3, step g4: each"
                                + " task counts itself and yields at Gosched. Only then let them finish, in any"
                                + " order."));
    }
}
