package dev.gocon.course.channels.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import java.util.List;

/** The channels lesson's exercises: a send nobody receives, a buffer's len and cap, who takes the soup, close and range. */
public final class ChannelsExercises {

    private ChannelsExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("channels", nobodyReceives(), lenAndCap(), whoTakesTheSoup(), closeTheRange());
    }

    /** An unbuffered send with no receiver: the classic deadlock. */
    static Predict nobodyReceives() {
        Program program = new Program("""
                func main() {
                    orders := make(chan string) // unbuffered
                    fmt.Println("chef: soup is ready")
                    orders <- "soup"
                    fmt.Println("chef: soup handed over")
                }
                """, ctx -> {
            Channel<String> orders = Channel.make("orders");
            ctx.out().println("chef: soup is ready");
            orders.send("soup");
            ctx.out().println("chef: soup handed over");
        });
        return new Predict("nobody-receives", "A send with nobody to receive it", program, "What does it print?",
                List.of(new Choice("a", "chef: soup is ready\nchef: soup handed over"),
                        new Choice("b", "chef: soup is ready\nfatal error: all goroutines are asleep - deadlock!"),
                        new Choice("c", "fatal error: all goroutines are asleep - deadlock!")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("An unbuffered channel has no room: a send waits until another goroutine receives.",
                        "Who could ever receive from orders here? Count the goroutines."),
                """
                b. The first line prints. Then `orders <- "soup"` waits for a receiver, and there is none: main is \
                the only goroutine and it is the one waiting. Every goroutine is asleep, so Go stops the program \
                with "all goroutines are asleep - deadlock!". An unbuffered send is a hand-over: it needs someone \
                on the other side of the pass.""");
    }

    /** len and cap of a buffered channel. */
    static Predict lenAndCap() {
        Program program = new Program("""
                func main() {
                    rail := make(chan string, 3) // room for three tickets
                    rail <- "soup"
                    rail <- "steak"
                    fmt.Println(len(rail), cap(rail))
                    <-rail
                    fmt.Println(len(rail), cap(rail))
                }
                """, ctx -> {
            Channel<String> rail = Channel.make("rail", 3);
            rail.send("soup");
            rail.send("steak");
            ctx.out().println(rail.len() + " " + rail.cap());
            rail.receive();
            ctx.out().println(rail.len() + " " + rail.cap());
        });
        return new Predict("len-and-cap", "Tickets on the ticket rail", program, "What does it print?",
                List.of(new Choice("a", "2 3\n1 3"),
                        new Choice("b", "2 3\n1 2"),
                        new Choice("c", "3 3\n2 3"),
                        new Choice("d", "fatal error: all goroutines are asleep - deadlock!")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("A buffered channel lets a send go on at once while there is room, even with no receiver.",
                        "len counts the values waiting in the buffer; cap is the room it was made with, and never changes."),
                """
                a. The buffer has room for three, so both sends go on without a receiver: len 2, cap 3. \
                Receiving takes one ticket off the ticket rail: len 1. The capacity stays 3 for the channel's whole life.""");
    }

    /** Two receivers, one sender: whether main gets the soup decides between an exit and a deadlock. */
    static PlayScheduler whoTakesTheSoup() {
        Program program = new Program("""
                func main() {
                    orders := make(chan string)
                    go func() { orders <- "soup" }()                // chef
                    go func() { fmt.Println("waiter:", <-orders) }() // waiter
                    fmt.Println("main:", <-orders)
                }
                """, ctx -> {
            Channel<String> orders = Channel.make("orders");
            Go.go("chef", () -> orders.send("soup"));
            Go.go("waiter", () -> ctx.out().println("waiter: " + orders.receive()));
            ctx.out().println("main: " + orders.receive());
        });
        return new PlayScheduler("who-takes-the-soup", "Two receivers, one soup", program,
                "Deadlock this program: make every goroutine block for good.",
                PlayScheduler.Goals.deadlock(),
                """
                The chef sends one soup and two goroutines wait for it. The waiter took it, so main waits on \
                orders for a second value that nobody will ever send: main is asleep, the chef and the waiter \
                have ended, and Go reports a deadlock. Had main won the soup, it would have returned and the \
                program would have ended (leaving the waiter stuck, which Go does not even report).""",
                List.of("Only one value is ever sent on orders, but two goroutines receive from it.",
                        "Which receiver must get the soup so that main is left waiting?",
                        "Let the waiter reach its receive before main does, then let the chef send."),
                "Run the waiter until it blocks on <-orders, then run the chef: the soup goes to the waiter, "
                        + "and main, receiving next, waits for ever.");
    }

    /** Close the channel so that range ends. */
    static WriteCode closeTheRange() {
        return new WriteCode("close-the-range", "Close the channel so that range ends", ChannelsExercises.class,
                "Plates.java", PlatesCheck.class.getName(),
                List.of("A range over a channel ends only when the channel is closed and empty.",
                        "Who knows that there are no more plates? The kitchen, after its last send.",
                        "Call plates.close() in the kitchen goroutine, after the loop of sends."));
    }
}
