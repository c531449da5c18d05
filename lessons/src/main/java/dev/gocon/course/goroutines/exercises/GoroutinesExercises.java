package dev.gocon.course.goroutines.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Go;
import java.util.List;

/** The goroutines lesson's exercises: main does not wait, and waiting with a WaitGroup instead of a sleep. */
public final class GoroutinesExercises {

    private GoroutinesExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("goroutines", mainDoesNotWait(), mainReturnsFirst(), waitDoNotSleep());
    }

    private static Program greeters() {
        return new Program("""
                func main() {
                    go fmt.Println("hello, Alice") // greeter-alice
                    go fmt.Println("hello, Bob")   // greeter-bob
                    fmt.Println("main is done")
                }
                """, ctx -> {
            Go.go("greeter-alice", () -> ctx.out().println("hello, Alice"));
            Go.go("greeter-bob", () -> ctx.out().println("hello, Bob"));
            ctx.out().println("main is done");
        });
    }

    /** When main returns, the program ends, greeters or not. */
    static Predict mainDoesNotWait() {
        return new Predict("who-is-greeted", "Who gets greeted?", greeters(),
                "Which outputs are possible? Select all.",
                List.of(new Choice("a", "main is done"),
                        new Choice("b", "hello, Alice\nmain is done"),
                        new Choice("c", "hello, Alice\nhello, Bob")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                List.of("A go statement starts a goroutine and returns at once: main does not wait for it.",
                        "When main returns, the whole program ends, and goroutines still running are dropped.",
                        "main always prints its own line. Could a greeter be cut off before it prints?"),
                """
                a and b. A greeter may run before main prints, or not at all: when main returns, the program \
                ends and takes the greeters with it. So Alice may or may not be greeted. c is impossible: main \
                always prints its line before it returns. (In real Go, Bob, or a greeting after main's line, \
                can also happen, rarely; gocon's scheduler switches goroutines only at runtime operations, \
                and main has none left after starting Bob.)""");
    }

    /** The learner makes main return before anyone is greeted. */
    static PlayScheduler mainReturnsFirst() {
        return new PlayScheduler("main-returns-first", "Nobody gets greeted", greeters(),
                "Make main return before either greeter prints.",
                PlayScheduler.Goals.finishedPrinting(out -> out.strip().equals("main is done")),
                """
                main started both greeters and went straight on: go does not wait. You kept the greeters \
                waiting while main printed and returned, and when main returns the program is over. The \
                greeters never ran. To make main wait for them, it needs a WaitGroup (or a channel).""",
                List.of("Each time you get to choose, you can pick main.",
                        "run main lets main go on until it cannot."),
                "Pick main at every choice (or type run main): it prints its line and returns before either "
                        + "greeter gets a turn.");
    }

    /** Replace the sleep with a WaitGroup. */
    static WriteCode waitDoNotSleep() {
        return new WriteCode("wait-do-not-sleep", "Wait for the dishes, do not guess", GoroutinesExercises.class,
                "HeadChef.java", HeadChefCheck.class.getName(),
                List.of("A sleep only guesses how long the dishes take; the cake takes longer than the guess.",
                        "Make a WaitGroup, add(1) before each Go.go, done() when a dish finishes (in a finally), "
                                + "and await() instead of the sleep.",
                        "A longer sleep is not the answer: the check times how long serve() takes."));
    }
}
