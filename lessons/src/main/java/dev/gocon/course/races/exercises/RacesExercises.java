package dev.gocon.course.races.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;
import java.util.List;

/**
 * The races lesson's exercises: which reads a send orders and which it does not, the racy read played
 * both ways, and a race found and fixed with the right tool.
 */
public final class RacesExercises {

    private RacesExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("races", twoLooks(), soupAtFirstLook(), findTheRace());
    }

    /** Main looks at the order twice: once racing with the waiter's write, once after a receive. */
    private static Program lookTwice() {
        return new Program("""
                func main() {
                    order := "tea"
                    rail := make(chan int, 1)
                    go func() { // the waiter
                        order = "soup"
                        rail <- 1
                    }()
                    fmt.Println("first look:", order)
                    <-rail
                    fmt.Println("second look:", order)
                }
                """, ctx -> {
            Shared<String> order = Shared.of("order", "tea");
            Channel<Integer> rail = Channel.make("rail", 1);
            Go.go("waiter", () -> {
                order.set("soup");
                rail.send(1);
            });
            ctx.out().println("first look: " + order.get());
            rail.receive();
            ctx.out().println("second look: " + order.get());
        });
    }

    static Predict twoLooks() {
        return new Predict("two-looks", "Two looks at the order", lookTwice(),
                "Which outputs are possible? Select all.",
                List.of(new Choice("a", "first look: tea\nsecond look: soup"),
                        new Choice("b", "first look: soup\nsecond look: soup"),
                        new Choice("c", "first look: tea\nsecond look: tea"),
                        new Choice("d", "first look: soup\nsecond look: tea")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                List.of("Which of the memory model's rules orders the waiter's write before main's first look? "
                                + "And before the second?",
                        "A send happens before the matching receive completes."),
                """
                a and b. Nothing orders the waiter's write and main's first look: that is a data race, and \
                the first look may see tea or soup. The second look comes after the receive, and the \
                waiter's send (after its write) happens before that receive completes, so the second look \
                always sees soup: c and d are impossible.""");
    }

    static PlayScheduler soupAtFirstLook() {
        return new PlayScheduler("soup-at-first-look", "Soup at the first look", lookTwice(),
                "Make main's first look see soup.",
                PlayScheduler.Goals.finishedPrinting(out -> out.contains("first look: soup")),
                """
                You let the waiter write before main looked. You could as well have done the opposite: \
                nothing in the program orders the write and the first look, so both orders are allowed, \
                and the race detector reports the race either way. Whatever you chose, the second look \
                saw soup: the waiter's send happens before main's receive completes.""",
                List.of("main reads the order right after starting the waiter.",
                        "Step the waiter first, so that its write comes before main's first read."),
                "Step the waiter once (it writes soup), then let main run: its first look reads soup.");
    }

    static WriteCode findTheRace() {
        return new WriteCode("find-the-race", "Find the race, fix it with the right tool", RacesExercises.class,
                "Ticket.java", TicketCheck.class.getName(),
                List.of("The chef reads ready and ticket; the waiter writes them. Which rule of the memory "
                                + "model puts the waiter's writes before the chef's reads? None: a Shared flag is "
                                + "not synchronisation.",
                        "To hand data from one goroutine to another, the tool is a channel.",
                        "Let the waiter send the ticket on a Channel<String>, and the chef receive it; the flag "
                                + "and the loop go away."));
    }
}
