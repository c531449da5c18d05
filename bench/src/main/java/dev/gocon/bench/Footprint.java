package dev.gocon.bench;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * 5. Bytes per parked goroutine, measured like ../shared/bench/go's footprint: N goroutines all parked
 * on one channel receive; RSS delta / N (and heap delta / N after a GC). Not a JMH benchmark: it
 * measures memory, once per process.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.gocon.bench.Footprint gocon|jdk 1000000</pre>
 */
public final class Footprint {

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "gocon";
        int n = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        System.gc();
        Thread.sleep(200);
        long rss0 = rssKiB();
        long heap0 = heapUsed();
        long[] during = new long[2];
        if (kind.equals("gocon")) {
            Go.run(() -> {
                Channel<Void> gate = Channel.make("gate");
                WaitGroup ready = new WaitGroup();
                WaitGroup done = new WaitGroup();
                ready.add(n);
                done.add(n);
                for (int i = 0; i < n; i++) {
                    Go.go(() -> {
                        ready.done();
                        gate.receive();
                        done.done();
                    });
                }
                ready.await();
                Thread.sleep(200);
                System.gc();
                Thread.sleep(200);
                during[0] = rssKiB();
                during[1] = heapUsed();
                gate.close();
                done.await();
            });
        } else {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch gate = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(n);
            for (int i = 0; i < n; i++) {
                Thread.startVirtualThread(() -> {
                    ready.countDown();
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    done.countDown();
                });
            }
            ready.await();
            Thread.sleep(200);
            System.gc();
            Thread.sleep(200);
            during[0] = rssKiB();
            during[1] = heapUsed();
            gate.countDown();
            done.await();
        }
        System.out.printf("RESULT lang=java impl=%s bench=footprint n=%d rss_before_kib=%d rss_parked_kib=%d "
                        + "bytes_per_task=%.0f heap_bytes_per_task=%.0f%n",
                kind, n, rss0, during[0], (during[0] - rss0) * 1024.0 / n, (during[1] - heap0) / (double) n);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKiB() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
