package dev.gocon.course.errors.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Panic;
import java.time.Duration;
import java.util.List;

/** The exercises of the {@code errors} lesson: a panic in a goroutine, and the first error cancelling the rest. */
public final class ErrorsExercises {

    private ErrorsExercises() {
    }

    private static Program fishmonger() {
        return new Program("""
                delivered := make(chan string)
                for _, s := range []string{"bakery", "dairy"} {
                    go func() { // still working when the panic comes
                        time.Sleep(500 * time.Millisecond)
                        delivered <- s
                    }()
                }
                go func() { // fishmonger
                    time.Sleep(100 * time.Millisecond)
                    panic("no fish today")
                }()
                for i := 0; i < 2; i++ {
                    fmt.Println(<-delivered, "delivered")
                }
                fmt.Println("all delivered")
                """, context -> {
            Channel<String> delivered = Channel.make("delivered");
            for (String s : List.of("bakery", "dairy")) {
                Go.go(s, () -> {
                    Go.sleep(Duration.ofMillis(500));
                    delivered.send(s);
                });
            }
            Go.go("fishmonger", () -> {
                Go.sleep(Duration.ofMillis(100));
                throw new Panic("no fish today"); // panic("no fish today")
            });
            for (int i = 0; i < 2; i++) {
                context.out().println(delivered.receive() + " delivered");
            }
            context.out().println("all delivered");
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("errors",
                new Predict("panic-ends-run", "A panic in one goroutine", fishmonger(),
                        "The fishmonger panics at 100 ms; the bakery and the dairy deliver at 500 ms."
                                + " What does the run print?",
                        List.of(new Predict.Choice("a", "bakery delivered\ndairy delivered\nall delivered"),
                                new Predict.Choice("b", "panic: no fish today"),
                                new Predict.Choice("c", "panic: no fish today\nbakery delivered\ndairy delivered\n"
                                        + "all delivered")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("In Go, nobody catches a goroutine's panic for it unless that goroutine"
                                        + " recovers.",
                                "An unrecovered panic in any goroutine ends the whole program, main included."),
                        """
                        b: the panic at 100 ms ends the whole run, with main still waiting and the bakery and \
                        the dairy still working; nothing is delivered. (In plain Java an exception would end \
                        only its own thread, and main would print a: gocon's runtime follows Go.) A worker \
                        that can fail should return an error instead: on a result channel, or through an \
                        ErrGroup."""),
                new WriteCode("first-error", "First error cancels the rest, with ErrGroup",
                        ErrorsExercises.class, "Orders.java", OrdersCheck.class.getName(),
                        List.of("ErrGroup.withContext(Context.background()) gives a group whose context is"
                                        + " canceled by the first error.",
                                "One g.go(supplier, () -> order(g.context(), supplier)) per supplier, then"
                                        + " return g.await(): it waits for all of them and returns the first error.",
                                "order must be given g.context(), not Context.background(): that is how the"
                                        + " others hear that the fishmonger failed.")));
    }
}
