package dev.gocon.course.broadcast.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.WaitGroup;
import java.util.List;

/** The exercises of the {@code broadcast} lesson: the fan-out myth, and a hub that really broadcasts. */
public final class BroadcastExercises {

    private BroadcastExercises() {
    }

    private static Program threeListeners() {
        return new Program("""
                news := make(chan string) // one channel, three receivers
                var wg sync.WaitGroup
                for i := 1; i <= 3; i++ {
                    wg.Add(1)
                    go func() { // listener-i
                        defer wg.Done()
                        for headline := range news {
                            fmt.Printf("listener-%d got %s\\n", i, headline)
                        }
                    }()
                }
                news <- "headline-1"
                close(news)
                wg.Wait()
                """, context -> {
            Channel<String> news = Channel.make("news");
            WaitGroup wg = new WaitGroup("listeners");
            for (int i = 1; i <= 3; i++) {
                String name = "listener-" + i;
                wg.go(name, () -> {
                    for (String headline : news) {
                        context.out().println(name + " got " + headline);
                    }
                });
            }
            news.send("headline-1");
            news.close();
            wg.await();
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("broadcast",
                new Predict("who-gets-it", "Three receivers on one channel: who gets the message?",
                        threeListeners(), "Which outputs are possible? Select all.",
                        List.of(new Predict.Choice("a", "listener-1 got headline-1"),
                                new Predict.Choice("b", "listener-2 got headline-1"),
                                new Predict.Choice("c", "listener-3 got headline-1"),
                                new Predict.Choice("d", "listener-1 got headline-1\nlistener-2 got headline-1\n"
                                        + "listener-3 got headline-1")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                        List.of("A value sent on a channel is received once.",
                                "close(news) reaches all three listeners, but it carries no headline."),
                        """
                        a, b and c: exactly one listener gets the headline, and which one depends on the \
                        schedule. A channel hands each value to one receiver (fan-out), never to all of \
                        them: d is the myth. To broadcast, give each subscriber its own channel and let one \
                        goroutine send every message to each of them. Only close reaches everyone, once."""),
                new WriteCode("hub", "Send each message to every subscriber", BroadcastExercises.class,
                        "Hub.java", HubCheck.class.getName(),
                        List.of("Each subscriber has its own channel: one send per subscriber per message.",
                                "for (String m : publish) { for (Channel<String> s : subscribers) { s.send(m); } }",
                                "When publish is closed, close every subscriber's channel: close is the one signal"
                                        + " that reaches every receiver, and it ends their range loops.")));
    }
}
