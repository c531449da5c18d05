package dev.gocon.course.select.exercises;

import static dev.gocon.go.Select.otherwise;
import static dev.gocon.go.Select.receive;
import static dev.gocon.go.Select.select;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The select lesson's exercises: select with default, a timeout that races a dish, adding a timeout. */
public final class SelectExercises {

    private SelectExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("select", noWait(), takeTheTimeout(), addATimeout());
    }

    /** select with default never waits. */
    static Predict noWait() {
        Program program = new Program("""
                func look(plates chan string) {
                    select {
                    case dish := <-plates:
                        fmt.Println("carry the", dish)
                    default:
                        fmt.Println("nothing yet, fold napkins")
                    }
                }

                func main() {
                    plates := make(chan string, 1)
                    look(plates)
                    plates <- "goat stew"
                    look(plates)
                }
                """, ctx -> {
            Channel<String> plates = Channel.make("plates", 1);
            look(plates, ctx.out());
            plates.send("goat stew");
            look(plates, ctx.out());
        });
        return new Predict("no-wait", "A select that never waits", program, "What does it print?",
                List.of(new Choice("a", "nothing yet, fold napkins\nnothing yet, fold napkins"),
                        new Choice("b", "nothing yet, fold napkins\ncarry the goat stew"),
                        new Choice("c", "carry the goat stew"),
                        new Choice("d", "fatal error: all goroutines are asleep - deadlock!")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("A select with a default case runs the default when no other case is ready at once.",
                        "The channel has a buffer of one: can main send to it with nobody receiving?"),
                """
                b. The first look finds pass empty: no case is ready, so default runs at once, with no waiting. \
                The send then fits in the buffer (room for one), so main does not block. The second look finds \
                the stew waiting and takes it. With a default, select is a non-blocking check.""");
    }

    private static void look(Channel<String> pass, PrintStream out) {
        select(receive(pass, dish -> out.println("carry the " + dish)),
                otherwise(() -> out.println("nothing yet, fold napkins")));
    }

    /** The grill and the timeout are due at the same instant: the learner decides. */
    static PlayScheduler takeTheTimeout() {
        Program program = new Program("""
                func main() {
                    tongs := make(chan bool, 1) // one pair of tongs
                    tongs <- true
                    chicken := make(chan string, 1)
                    go func() { <-tongs; time.Sleep(2 * time.Hour); tongs <- true }()  // fryer
                    go func() { <-tongs; chicken <- "grilled chicken"; tongs <- true }() // grill
                    select {
                    case dish := <-chicken:
                        fmt.Println("table 4 gets the", dish)
                    case <-time.After(time.Hour):
                        fmt.Println("an hour passed: table 4 gets soup instead")
                    }
                }
                """, ctx -> {
            Channel<Boolean> tongs = Channel.make("tongs", 1);
            tongs.send(true);
            Channel<String> chicken = Channel.make("chicken", 1);
            Go.go("fryer", () -> {
                tongs.receive();
                Go.sleep(Duration.ofHours(2));
                tongs.send(true);
            });
            Go.go("grill", () -> {
                tongs.receive();
                chicken.send("grilled chicken");
                tongs.send(true);
            });
            select(receive(chicken, dish -> ctx.out().println("table 4 gets the " + dish)),
                    receive(Go.after(Duration.ofHours(1)),
                            t -> ctx.out().println("an hour passed: table 4 gets soup instead")));
        });
        return new PlayScheduler("take-the-timeout", "The chicken and the clock", program,
                "Make select take the timeout: table 4 gets soup.",
                PlayScheduler.Goals.finishedPrinting(out -> out.contains("soup instead")),
                """
                The fryer took the only pair of tongs and kept them for two hours, so the grill could not send \
                the chicken. main's select waited on both cases; after one hour time.After's channel received \
                the time, that case was the only one ready, and select took it. A timeout is a case like any \
                other: it wins when it is ready first, here because the chicken was stuck behind the tongs.""",
                List.of("Virtual time moves only when every goroutine is blocked: the timer wins only if the chicken is late.",
                        "The grill needs the tongs before it can send the chicken. Who else wants them, and for how long?",
                        "Let the fryer take the tongs first."),
                "Run the fryer first: it takes the tongs and sleeps two hours. The grill then waits for the tongs, "
                        + "main's select waits, and after one hour the timer's case is the only one ready.");
    }

    /** Add a timeout to a receive. */
    static WriteCode addATimeout() {
        return new WriteCode("add-a-timeout", "Give up on a slow kitchen", SelectExercises.class,
                "Waiter.java", WaiterCheck.class.getName(),
                List.of("select waits for whichever case is ready first; Go.after(d) is a channel that gets a value after d.",
                        "Select between receive(kitchen, ...) and receive(Go.after(Duration.ofMillis(100)), ...).",
                        "Keep the answer in a one-element array (or a holder), set it in each case, and return it after the select."));
    }
}
