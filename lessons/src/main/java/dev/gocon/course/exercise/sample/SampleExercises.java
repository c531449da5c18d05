package dev.gocon.course.exercise.sample;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Mutex;
import dev.gocon.go.WaitGroup;
import java.util.List;

/**
 * One exercise of each kind, for the lesson id {@code sample}: the template to copy when writing a
 * lesson's exercises, and the fixture the runner's tests use. It is not in the course.
 */
public final class SampleExercises {

    /** The lesson id these exercises claim; no real lesson has it. */
    public static final String LESSON = "sample";

    private SampleExercises() {
    }

    private static Program twoLocks() {
        return new Program("""
                var a, b sync.Mutex
                go func() { a.Lock(); b.Lock(); b.Unlock(); a.Unlock() }() // left
                go func() { b.Lock(); a.Lock(); a.Unlock(); b.Unlock() }() // right
                """, context -> {
            Mutex a = new Mutex("a");
            Mutex b = new Mutex("b");
            WaitGroup wg = new WaitGroup();
            wg.go("left", () -> {
                a.lock();
                b.lock();
                b.unlock();
                a.unlock();
            });
            wg.go("right", () -> {
                b.lock();
                a.lock();
                a.unlock();
                b.unlock();
            });
            wg.await();
        });
    }

    public static LessonExercises create() {
        Program hello = new Program("""
                func main() {
                    fmt.Println("hello")
                }
                """, context -> context.out().println("hello"));
        return LessonExercises.of(LESSON,
                new Predict("hello", "What does main print?", hello, "What does it print?",
                        List.of(new Predict.Choice("a", "hello"), new Predict.Choice("b", "nothing")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("main runs to its end before the program exits."),
                        "a: main prints hello, and only then returns."),
                new PlayScheduler("stuck", "Lock in opposite orders", twoLocks(),
                        "Make every goroutine block for good.",
                        PlayScheduler.Goals.deadlock(),
                        "left holds a and waits for b; right holds b and waits for a: neither can ever go on.",
                        List.of("Each worker takes two locks, in opposite orders.",
                                "Let left take its first lock, then right take its first."),
                        "Step left until it holds a, then right until it holds b: both then wait for ever."),
                new WriteCode("counter", "Count without losing an update", SampleExercises.class,
                        "Counter.java", CounterCheck.class.getName(),
                        List.of("Each worker needs to add to one shared counter that cannot lose an update.",
                                "An AtomicLong's incrementAndGet never loses one; join every thread before reading it.")));
    }
}
