package dev.gocon.course.threads;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts N platform threads, then N goroutines (virtual threads), each of which parks until closing
 * time, and prints what one of each cost: time to start, and memory, measured live.
 */
public final class CostDemo implements Demo {

    @Override
    public String name() {
        return "cost";
    }

    @Override
    public String summary() {
        return "Starts N platform threads and N goroutines; prints time and memory per thread.";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(new DemoOption("--threads", "N", "2000",
                "how many threads of each kind to start (keep platform threads in the thousands)"));
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        PrintStream out = ctx.out();
        if (ctx.stepped()) {
            goroutines(20);
            out.println("20 goroutines started, parked and released.");
            out.println("(under --seed time is virtual, so there is nothing to measure:");
            out.println(" run without --seed to see the costs)");
            return;
        }
        int n = Integer.parseInt(ctx.option("--threads", "2000"));
        platformThreads(Math.min(n, 200)); // untimed warm-up, so that the JIT has compiled
        goroutines(Math.min(n, 200));      // the code we time
        out.printf("%d of each kind, each parked until closing time. Per thread:%n", n);
        out.println("                  to start   process grew   heap grew");
        report(out, "platform thread", n, platformThreads(n));
        report(out, "goroutine", n, goroutines(n));
    }

    /** What it cost to start {@code n} threads and keep them parked. */
    record Cost(long nanos, long rssBytes, long heapBytes) {
    }

    static void report(PrintStream out, String kind, int n, Cost cost) {
        // The process can even shrink meanwhile (the GC gives memory back): show that as +0.0.
        String rss = cost.rssBytes() == Long.MIN_VALUE ? "n/a"
                : String.format("%+.1f KB", Math.max(0, cost.rssBytes()) / 1024.0 / n);
        out.printf("%-16s %7.2f us %14s %8.1f KB%n", kind, cost.nanos() / 1000.0 / n, rss,
                cost.heapBytes() / 1024.0 / n);
    }

    static Cost platformThreads(int n) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(n);
        CountDownLatch closing = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(n);
        long rss = rss();
        long heap = heap();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofPlatform().name("platform-" + i).start(() -> {
                started.countDown();
                try {
                    closing.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        started.await();
        long nanos = System.nanoTime() - start;
        Cost cost = new Cost(nanos, rss < 0 ? Long.MIN_VALUE : rss() - rss, heap() - heap);
        closing.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return cost;
    }

    static Cost goroutines(int n) throws Exception {
        Channel<Boolean> closing = Channel.make("closing");
        WaitGroup started = new WaitGroup("started");
        WaitGroup finished = new WaitGroup("finished");
        long rss = rss();
        long heap = heap();
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            started.add(1);
            finished.add(1);
            Go.go("parked-" + i, () -> {
                try {
                    started.done();
                    closing.receive(); // park until closing time
                } finally {
                    finished.done();
                }
            });
        }
        started.await();
        long nanos = System.nanoTime() - start;
        Cost cost = new Cost(nanos, rss < 0 ? Long.MIN_VALUE : rss() - rss, heap() - heap);
        closing.close(); // wakes every receiver at once
        finished.await();
        return cost;
    }

    /** Heap in use after a full collection, in bytes. */
    static long heap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The process's resident memory in bytes (Linux), or -1 where it cannot be read. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
