package dev.gocon.course.parallelism;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Four CPU-bound tasks (chopping) and four waiting tasks (baking), each run first in a row and then
 * as four goroutines, timed. Chopping gets faster only with more carriers; baking gets faster on any.
 */
public final class ChopAndBakeDemo implements Demo {

    static final int TASKS = 4;
    static final Duration BAKE = Duration.ofMillis(100);

    @Override
    public String name() {
        return "chop-and-bake";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(8);
    }

    @Override
    public String summary() {
        return "Times four CPU-bound and four waiting tasks, in a row and at once.";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(new DemoOption("--primes", "N", "400000",
                "each chopper counts the primes below N (more is slower)"));
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        PrintStream out = ctx.out();
        int limit = ctx.stepped() ? 2_000 : Integer.parseInt(ctx.option("--primes", "400000"));
        Runnable chopping = () -> chop(limit);
        Runnable baking = () -> Go.sleep(BAKE);
        chop(limit); // once untimed, so that the JIT has compiled chop before we time it

        long choppingInRow = inRow(chopping);
        long choppingAtOnce = atOnce("chopper", chopping);
        long bakingInRow = inRow(baking);
        long bakingAtOnce = atOnce("oven", baking);

        if (ctx.stepped()) {
            // One goroutine runs at a time here, whatever --procs says, and time is virtual.
            out.println("chopping  4 in a row, then 4 at once: done");
            out.println("baking    4 in a row, then 4 at once: done");
            out.println("(under --seed time is virtual and computing takes none of it,");
            out.println(" so there is nothing to time: run without --seed for the ratios)");
            return;
        }
        report(out, ctx.procs(), "chopping", choppingInRow, choppingAtOnce);
        report(out, ctx.procs(), "baking", bakingInRow, bakingAtOnce);
    }

    static void report(PrintStream out, int procs, String kind, long row, long once) {
        out.printf("procs=%d %-9s in a row %5dms, at once %5dms: %.1fx%n", procs, kind,
                row / 1_000_000, once / 1_000_000, (double) row / once);
    }

    /** Runs the task four times in the calling goroutine; returns the nanoseconds it took. */
    static long inRow(Runnable task) {
        long start = System.nanoTime();
        for (int i = 0; i < TASKS; i++) {
            task.run();
        }
        return System.nanoTime() - start;
    }

    /** Runs the task in four goroutines named {@code role-1..4} and waits for them all. */
    static long atOnce(String role, Runnable task) {
        long start = System.nanoTime();
        WaitGroup wg = new WaitGroup(role + "s");
        for (int i = 1; i <= TASKS; i++) {
            wg.add(1);
            Go.go(role + "-" + i, () -> {
                try {
                    task.run();
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        return System.nanoTime() - start;
    }

    /** Keeps a core busy: counts the primes below {@code n} the slow way. */
    static int chop(int n) {
        int primes = 0;
        for (int i = 2; i < n; i++) {
            boolean prime = true;
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes++;
            }
        }
        return primes;
    }
}
