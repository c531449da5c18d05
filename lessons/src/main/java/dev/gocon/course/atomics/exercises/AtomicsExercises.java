package dev.gocon.course.atomics.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Predict.Choice;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.AtomicInt64;
import dev.gocon.go.Go;
import dev.gocon.go.Shared;
import dev.gocon.go.WaitGroup;
import java.util.List;

/**
 * The atomics lesson's exercises: two atomic steps that are not one, a lazy menu loaded twice, and a
 * lazy initialiser that loads once with no race.
 */
public final class AtomicsExercises {

    private AtomicsExercises() {
    }

    public static LessonExercises create() {
        return LessonExercises.of("atomics", loadThenStore(), loadTheMenuTwice(), lazyMenu());
    }

    /** Two waiters, an atomic load and an atomic store each. */
    private static Program loadStore() {
        return new Program("""
                func main() {
                    var served atomic.Int64
                    var wg sync.WaitGroup
                    wg.Add(2)
                    for w := 1; w <= 2; w++ {
                        go func() { // waiter-1, waiter-2
                            defer wg.Done()
                            v := served.Load()
                            served.Store(v + 1)
                        }()
                    }
                    wg.Wait()
                    fmt.Println("served =", served.Load())
                }
                """, ctx -> {
            AtomicInt64 served = new AtomicInt64("served", 0);
            WaitGroup wg = new WaitGroup("waiters");
            wg.add(2);
            for (int w = 1; w <= 2; w++) {
                Go.go("waiter-" + w, () -> {
                    try {
                        long v = served.load();
                        served.store(v + 1);
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("served = " + served.load());
        });
    }

    static Predict loadThenStore() {
        return new Predict("load-then-store", "Every step atomic", loadStore(),
                "Which outputs are possible? Select all.",
                List.of(new Choice("a", "served = 2"),
                        new Choice("b", "served = 1"),
                        new Choice("c", "served = 0")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(),
                List.of("Load is one step and Store is one step. Can anything happen between them?",
                        "What if both waiters load before either stores?"),
                """
                a and b. Each Load and each Store is atomic, so there is no data race, but another waiter \
                can run between them: if both load 0, both store 1, and one plate is lost. c is impossible: \
                both waiters store at least 1 before wg.Wait returns. Add(1) does the load and the store as \
                one step.""");
    }

    /** Two waiters ask a lazy menu that checks, then loads: a check-then-act race. */
    private static Program checkThenLoad() {
        return new Program("""
                var menu []string  // nil until loaded
                var loads int

                func getMenu() []string {
                    if menu == nil {       // is it loaded?
                        loads++            // no: load it
                        menu = loadMenu()
                    }
                    return menu
                }

                func main() {
                    // waiter-1 and waiter-2 each call getMenu,
                    // and main waits for both with a WaitGroup
                    fmt.Println("menu loaded", loads, "time(s)")
                }
                """, ctx -> {
            Shared<List<String>> menu = Shared.of("menu", null);
            Shared<Integer> loads = Shared.of("loads", 0);
            WaitGroup wg = new WaitGroup("waiters");
            wg.add(2);
            for (int w = 1; w <= 2; w++) {
                Go.go("waiter-" + w, () -> {
                    try {
                        if (menu.get() == null) { // is it loaded?
                            loads.set(loads.get() + 1); // no: load it
                            menu.set(List.of("soup", "pie", "tart"));
                        }
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            ctx.out().println("menu loaded " + loads.get() + " time(s)");
        });
    }

    static PlayScheduler loadTheMenuTwice() {
        return new PlayScheduler("load-the-menu-twice", "Load the menu twice", checkThenLoad(),
                "Make both waiters load the menu: the program prints menu loaded 2 time(s).",
                PlayScheduler.Goals.finishedPrinting(out -> out.contains("menu loaded 2 time(s)")),
                """
                Both waiters checked the menu while it was still nil, and both went on to load it. The \
                check and the act were two steps, with a gap between them that the other waiter used. \
                sync.Once closes the gap: the first caller runs the load, and the others wait until it \
                has finished, then see the menu it loaded.""",
                List.of("Each waiter first reads menu, then loads it if it was nil.",
                        "Let waiter-1 read menu (nil), then switch to waiter-2 before waiter-1 sets it."),
                "Step waiter-1 once (it reads menu: nil), step waiter-2 once (it reads nil too), then run both: "
                        + "each loads the menu.");
    }

    static WriteCode lazyMenu() {
        return new WriteCode("lazy-menu", "A lazy menu, loaded once, with no race", AtomicsExercises.class,
                "LazyMenu.java", LazyMenuCheck.class.getName(),
                List.of("Two waiters can both see a null menu and both load it, and the read of the menu by one "
                                + "races with the write by the other.",
                        "sync.Once is made for this: gocon's Once, with doOnce(...).",
                        "Keep a Once beside the Shared menu; get() calls once.doOnce(() -> menu.set(load.get())) "
                                + "and then returns menu.get()."));
    }
}
