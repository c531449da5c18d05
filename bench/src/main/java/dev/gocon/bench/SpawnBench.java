package dev.gocon.bench;

import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** 4. Spawn and join N goroutines that each store into a slot: {@code go} + WaitGroup vs raw JDK. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--add-opens",
        "java.base/java.lang=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpawnBench {

    @Param({"100000", "1000000"})
    int n;

    long[] res;

    @org.openjdk.jmh.annotations.Setup
    public void setup() {
        res = new long[n];
    }

    @Benchmark
    public long goWaitGroup() {
        long[] r = res;
        int count = n;
        Go.run(() -> {
            WaitGroup wg = new WaitGroup();
            wg.add(count);
            for (int i = 0; i < count; i++) {
                int k = i;
                Go.go(() -> {
                    r[k] = k * 2L;
                    wg.done();
                });
            }
            wg.await();
        });
        return r[count - 1];
    }

    @Benchmark
    public long virtualThreadsLatch() throws Exception {
        long[] r = res;
        int count = n;
        CountDownLatch latch = new CountDownLatch(count);
        Thread main = Thread.startVirtualThread(() -> {
            for (int i = 0; i < count; i++) {
                int k = i;
                Thread.startVirtualThread(() -> {
                    r[k] = k * 2L;
                    latch.countDown();
                });
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        main.join();
        return r[count - 1];
    }
}
