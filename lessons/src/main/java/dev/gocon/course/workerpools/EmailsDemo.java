package dev.gocon.course.workerpools;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Task;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** 1,000 emails with 1 ms of simulated mail-server latency, sent four ways, each way timed. */
final class EmailsDemo implements Demo {

    static final int EMAILS = 1000;
    static final Duration LATENCY = Duration.ofMillis(1);

    @Override
    public String name() {
        return "emails";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(8);
    }

    @Override
    public String summary() {
        return "1,000 emails, 1 ms of latency each: one by one, a goroutine each, a pool of CPUs, a pool of 100.";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        PrintStream out = ctx.out();
        // Under a seed, every machine must print the same bytes: take the CPU count as 2 there.
        int cpus = ctx.stepped() ? 2 : Runtime.getRuntime().availableProcessors();
        measure(ctx, "one by one", EmailsDemo::oneByOne);
        measure(ctx, "one goroutine each", EmailsDemo::goroutineEach);
        measure(ctx, "pool of " + cpus + " (CPUs)", () -> pool(cpus));
        measure(ctx, "pool of 100", () -> pool(100));
        if (ctx.stepped()) {
            out.println("(virtual time: each figure is the ideal of its design;");
            out.println(" run without --seed for measured times. Under --seed the CPU count");
            out.println(" is taken as 2, so that every machine prints the same.)");
        }
    }

    private static void send() {
        Go.sleep(LATENCY); // wait for the mail server
    }

    private static void oneByOne() {
        for (int i = 0; i < EMAILS; i++) {
            send();
        }
    }

    private static void goroutineEach() {
        WaitGroup wg = new WaitGroup("mailers");
        for (int i = 0; i < EMAILS; i++) {
            wg.go("mailer-" + (i + 1), EmailsDemo::send);
        }
        wg.await();
    }

    private static void pool(int workers) {
        Channel<Integer> jobs = Channel.make("jobs");
        WaitGroup wg = new WaitGroup("workers");
        for (int w = 1; w <= workers; w++) {
            wg.go("worker-" + w, () -> {
                for (int ignored : jobs) {
                    send();
                }
            });
        }
        for (int i = 0; i < EMAILS; i++) {
            jobs.send(i);
        }
        jobs.close();
        wg.await();
    }

    private static void measure(DemoContext ctx, String name, Task way) throws Exception {
        Instant start = Go.now();
        way.run();
        Duration took = Duration.between(start, Go.now());
        String figure = ctx.stepped()
                ? took.toMillis() + " ms"
                : String.format("%d ms", Math.round(took.toNanos() / 1e6));
        ctx.out().printf("%-22s %s%n", name, figure);
    }

}
