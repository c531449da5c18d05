package dev.gocon.course.toolbox;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Mutex;
import dev.gocon.go.WaitGroup;
import java.time.Duration;
import java.util.List;

/**
 * Nine fetches share a rail of three slots, a semaphore: each sends to take a slot and receives to give
 * it back, and a counter under a Mutex keeps the most seen fetching at once. Same lines as the Go
 * program; {@code --slots N} changes the cap.
 */
public final class CrawlerDemo implements Demo {

    private static final int PAGES = 9;

    @Override
    public String name() {
        return "crawler";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Nine fetches, a rail of three slots: never more than three at a time.";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(new DemoOption("--slots", "N", "3", "how many fetches may run at once"));
    }

    /** How many are fetching now, and the most at once so far; guarded by its mutex. */
    private static final class Gauge {
        final Mutex mu = new Mutex("gauge");
        int fetching;
        int most;
    }

    @Override
    public void run(DemoContext ctx) {
        int cap = slots(ctx.option("--slots", "3"));
        Channel<Boolean> slots = Channel.make("slots", cap); // a semaphore: cap slots
        Gauge gauge = new Gauge();
        WaitGroup wg = new WaitGroup("fetches");
        for (int page = 1; page <= PAGES; page++) {
            wg.add(1);
            Go.go("fetch-" + page, () -> {
                try {
                    slots.send(true); // take a slot; waits while all are taken
                    try {
                        change(gauge, +1);
                        Go.sleep(Duration.ofMillis(50)); // fetch the page
                        change(gauge, -1);
                    } finally {
                        slots.receive(); // give it back
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.out().println(PAGES + " pages fetched, at most " + gauge.most + " at a time");
    }

    private static int slots(String value) {
        try {
            int slots = Integer.parseInt(value);
            if (slots >= 1) {
                return slots;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same message
        }
        throw new IllegalArgumentException("--slots takes a whole number of at least 1, got " + value);
    }

    private static void change(Gauge gauge, int by) {
        gauge.mu.lock();
        try {
            gauge.fetching += by;
            gauge.most = Math.max(gauge.most, gauge.fetching);
        } finally {
            gauge.mu.unlock();
        }
    }
}
