package dev.gocon.course.threads;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Six goroutines take three turns each, pausing between turns; each notes the carrier thread it ran
 * on. M goroutines share N carriers, and a goroutine may change carrier after a pause.
 */
public final class MToNDemo implements Demo {

    static final int WORKERS = 6;
    static final int TURNS = 3;

    @Override
    public String name() {
        return "m-to-n";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Six goroutines share a few carrier threads: watch the carrier column.";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        PrintStream out = ctx.out();
        Set<String> carriers = new ConcurrentSkipListSet<>();
        Set<String> movers = new ConcurrentSkipListSet<>();
        WaitGroup wg = new WaitGroup("workers");
        for (int w = 1; w <= WORKERS; w++) {
            String name = "worker-" + w;
            wg.add(1);
            Go.go(name, () -> {
                try {
                    Set<String> mine = new TreeSet<>();
                    for (int turn = 1; turn <= TURNS; turn++) {
                        mine.add(carrier());
                        Go.sleep(Duration.ofMillis(200)); // a pause: the carrier is free
                    }
                    carriers.addAll(mine);
                    if (mine.size() > 1) {
                        movers.add(name);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        if (ctx.stepped()) {
            // Under --seed one goroutine runs at a time, and which carrier it lands on is not part
            // of the seeded schedule: print only what the seed decides.
            out.printf("%d goroutines, %d turns each.%n", WORKERS, TURNS);
            out.println("The carrier column of the trace shows where each turn ran.");
            return;
        }
        out.printf("%d goroutines, %d turns each, on %d carriers (procs=%d)%n",
                WORKERS, TURNS, carriers.size(), ctx.procs());
        out.println("carriers: " + String.join(", ", carriers));
        out.println("goroutines that changed carrier: "
                + (movers.isEmpty() ? "none this time" : String.join(", ", movers)));
    }

    /**
     * The carrier thread the current virtual thread is mounted on, named as the trace names it:
     * {@code carrier-2} for the JDK's {@code ForkJoinPool-1-worker-2}.
     */
    static String carrier() {
        String self = Thread.currentThread().toString(); // VirtualThread[#22,name]/runnable@carrier
        int at = self.lastIndexOf('@');
        if (at < 0) {
            return "(none)";
        }
        String name = self.substring(at + 1);
        return name.replaceFirst("^ForkJoinPool-\\d+-worker-(\\d+)$", "carrier-$1");
    }
}
