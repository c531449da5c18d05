package dev.gocon.course.atomics;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.Once;
import dev.gocon.go.Shared;
import dev.gocon.go.WaitGroup;
import java.util.List;

/**
 * Three waiters ask for the menu; Once loads it for the first, and the others wait until it is loaded.
 * The menu is a plain Shared variable: Once's happens-before edge is what keeps {@code --race} quiet.
 * Same lines as the Go program, in the order the schedule gives.
 */
public final class OnceDemo implements Demo {

    @Override
    public String name() {
        return "once";
    }

    @Override
    public String summary() {
        return "sync.Once: the menu is loaded once, and every waiter sees it loaded.";
    }

    @Override
    public void run(DemoContext ctx) {
        Once once = new Once("menu");
        Shared<List<String>> menu = Shared.of("menu", List.of());
        WaitGroup wg = new WaitGroup("waiters");
        for (int w = 1; w <= 3; w++) {
            int waiter = w;
            wg.add(1);
            Go.go("waiter-" + w, () -> {
                try {
                    once.doOnce(() -> { // others wait until the menu is loaded
                        ctx.out().println("loading the menu"); // once, however many ask
                        menu.set(List.of("soup", "pie", "tart"));
                    });
                    ctx.out().println("waiter " + waiter + " sees " + menu.get().size() + " dishes");
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
    }
}
