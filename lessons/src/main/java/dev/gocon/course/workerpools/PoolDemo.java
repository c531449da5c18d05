package dev.gocon.course.workerpools;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;

/** Three workers send six emails from one jobs channel; a closer closes results when they are done. */
final class PoolDemo implements Demo {

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Three workers share a jobs channel: close jobs, range, and close results after wg.Wait().";
    }

    @Override
    public long rehearsedSeed() {
        return 16;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<Integer> jobs = Channel.make("jobs");
        Channel<String> results = Channel.make("results");
        WaitGroup workers = new WaitGroup("workers");
        for (int w = 1; w <= 3; w++) {
            workers.go("worker-" + w, () -> {
                for (int id : jobs) {
                    Go.sleep(Duration.ofMillis(10)); // the mail server answers
                    results.send("email " + id + " sent");
                }
            });
        }
        Go.go("dispatcher", () -> {
            for (int id = 1; id <= 6; id++) {
                jobs.send(id);
            }
            jobs.close();
        });
        Go.go("closer", () -> {
            workers.await();
            results.close();
        });
        for (String r : results) {
            out.println(r);
        }
        out.println("all emails sent");
    }
}
