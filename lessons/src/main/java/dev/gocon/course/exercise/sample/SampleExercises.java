package dev.gocon.course.exercise.sample;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
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
                new PlayScheduler("stuck", "Get main stuck", hello, "Make every goroutine block for good.",
                        PlayScheduler.Goals.deadlock(), "Nobody was left to wake anybody.",
                        List.of("A receive on a channel nobody sends to never returns."),
                        "Step main until it receives from the empty channel."),
                new WriteCode("counter", "Count without losing an update", SampleExercises.class,
                        "Counter.java", CounterCheck.class.getName(),
                        List.of("Each worker needs to add to one shared counter that cannot lose an update.",
                                "An AtomicLong's incrementAndGet never loses one; join every thread before reading it.")));
    }
}
