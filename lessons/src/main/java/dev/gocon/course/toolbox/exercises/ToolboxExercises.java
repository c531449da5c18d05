package dev.gocon.course.toolbox.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The toolbox lesson's exercises: how long a semaphore of two makes five jobs take, a slot never given
 * back, and a crawler capped at three fetches at a time.
 */
public final class ToolboxExercises {

    private ToolboxExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("toolbox", twoSlots(), stuckSlot(), capTheCrawler());
    }

    /** Five jobs of 100 ms through a semaphore of two; main prints how long they took. */
    private static Program fiveJobs() {
        return new Program("""
                func main() {
                    slots := make(chan struct{}, 2) // a semaphore of two
                    start := time.Now()
                    var wg sync.WaitGroup
                    for job := 1; job <= 5; job++ {
                        wg.Add(1)
                        go func() { // job-1 ... job-5
                            defer wg.Done()
                            slots <- struct{}{}
                            time.Sleep(100 * time.Millisecond)
                            <-slots
                        }()
                    }
                    wg.Wait()
                    fmt.Println("5 jobs done after",
                        time.Since(start).Round(100*time.Millisecond))
                }
                """, ctx -> {
            Channel<Boolean> slots = Channel.make("slots", 2);
            Instant start = Go.now();
            WaitGroup wg = new WaitGroup("jobs");
            for (int job = 1; job <= 5; job++) {
                wg.add(1);
                Go.go("job-" + job, () -> {
                    try {
                        slots.send(true);
                        Go.sleep(Duration.ofMillis(100));
                        slots.receive();
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            long millis = Duration.between(start, Go.now()).toMillis();
            ctx.out().println("5 jobs done after " + Math.round(millis / 100.0) * 100 + "ms");
        });
    }

    static Predict twoSlots() {
        return new Predict("two-slots", "Five jobs, two slots", fiveJobs(), "What does it print?",
                List.of(new Choice("a", "5 jobs done after 100ms"),
                        new Choice("b", "5 jobs done after 300ms"),
                        new Choice("c", "5 jobs done after 500ms")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                List.of("All five goroutines start at once. How many can hold a slot at the same time?",
                        "Two jobs run at a time: count the rounds of 100 ms."),
                """
                b. The rail holds two tickets, so two jobs sleep at a time: jobs in rounds of two, two and \
                one, 100 ms each, 300 ms in all. With no semaphore it would be 100ms; with one slot, 500ms.""");
    }

    /** Two fetches share one slot; the one for a bad page returns early without giving its slot back. */
    private static Program forgottenSlot() {
        return new Program("""
                func fetch(page string, slots chan struct{}) error {
                    slots <- struct{}{}         // take the slot
                    if page == "bad" {
                        return errors.New("bad page") // the slot stays taken
                    }
                    <-slots                     // give it back
                    return nil
                }

                func main() {
                    slots := make(chan struct{}, 1)
                    var wg sync.WaitGroup
                    wg.Add(2)
                    go func() { defer wg.Done(); fetch("bad", slots) }()  // fetch-bad
                    go func() { defer wg.Done(); fetch("home", slots) }() // fetch-home
                    wg.Wait()
                    fmt.Println("both fetches returned")
                }
                """, ctx -> {
            Channel<Boolean> slots = Channel.make("slots", 1);
            WaitGroup wg = new WaitGroup("fetches");
            wg.add(2);
            for (String page : new String[] {"bad", "home"}) {
                Go.go("fetch-" + page, () -> {
                    try {
                        slots.send(true); // take the slot
                        if (!page.equals("bad")) {
                            slots.receive(); // give it back
                        }
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("both fetches returned");
        });
    }

    static PlayScheduler stuckSlot() {
        return new PlayScheduler("stuck-slot", "A slot never given back", forgottenSlot(),
                "Deadlock the program: get every goroutine stuck for good.",
                PlayScheduler.Goals.deadlock(),
                """
                The bad fetch took the only slot and returned without giving it back. The home fetch waits \
                for a slot that nobody will free, and main waits for the home fetch: everyone is asleep. \
                In the other order the home fetch gives its slot back first and the program ends, which is \
                why such a bug can hide. Give the slot back with defer (or in a finally), on every path.""",
                List.of("One of the fetches takes the slot and never gives it back.",
                        "Let fetch-bad take the slot before fetch-home does."),
                "Step fetch-bad until it has taken the slot and returned; then fetch-home blocks on the send "
                        + "for ever, and main on the WaitGroup.");
    }

    static WriteCode capTheCrawler() {
        return new WriteCode("cap-the-crawler", "Cap the crawler at 3 fetches at a time", ToolboxExercises.class,
                "Crawler.java", CrawlerCheck.class.getName(),
                List.of("A rail of three slots lets three fetches through at a time.",
                        "Make a Channel<Boolean> with capacity 3; send to it before fetching, and receive from it "
                                + "after, in a finally so that a failed fetch gives its slot back too."));
    }
}
