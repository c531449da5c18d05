package dev.gocon.bench;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import dev.gocon.go.WaitGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Exchanger;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * gocon's channels beside the JDK primitives a Java programmer would use for the same work and beside
 * jox (the fastest JVM channels we know of), all on virtual threads. Each benchmark method runs one
 * whole scenario (as ../shared/bench/go does) and reports time per operation of the scenario; gocon's
 * side runs inside {@code Go.run}, as its documentation asks.
 *
 * <p>Every fork here, in {@code SpawnBench} and in {@code TraceBench} opens {@code java.lang} (as the
 * launcher does, so that gocon's goroutines run on its own carriers) and runs on a fixed heap touched
 * before the first iteration ({@code -XX:+AlwaysPreTouch}): on this project's VM the first write to
 * each fresh page of a growing heap costs a page fault, which made the first seconds of allocating
 * benchmarks run at half speed or less, whoever's code they ran.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--add-opens",
        "java.base/java.lang=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChannelBench {

    static final int PING = 20_000;
    static final int BUFFERED = 1_000_000;
    static final int SELECT = 400_000;
    static final int POOL = 1_000_000;

    // ---- 1. unbuffered ping-pong, ns per round trip ----

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongGocon() {
        Go.run(() -> {
            Channel<Integer> ping = Channel.make();
            Channel<Integer> pong = Channel.make();
            Go.go(() -> {
                for (var v : ping) {
                    pong.send(v);
                }
            });
            for (int i = 0; i < PING; i++) {
                ping.send(i);
                pong.receive();
            }
            ping.close();
        });
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongSynchronousQueue() throws Exception {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Thread echo = Thread.startVirtualThread(() -> {
            try {
                for (int i = 0; i < PING; i++) {
                    pong.put(ping.take());
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread main = Thread.startVirtualThread(() -> {
            try {
                for (int i = 0; i < PING; i++) {
                    ping.put(i);
                    pong.take();
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        main.join();
        echo.join();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongExchanger() throws Exception {
        Exchanger<Integer> x = new Exchanger<>();
        Thread echo = Thread.startVirtualThread(() -> {
            try {
                Integer v = 0;
                for (int i = 0; i < PING; i++) {
                    v = x.exchange(v);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread main = Thread.startVirtualThread(() -> {
            try {
                for (int i = 0; i < PING; i++) {
                    x.exchange(i);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        main.join();
        echo.join();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongJox() throws Exception {
        com.softwaremill.jox.Channel<Integer> ping = com.softwaremill.jox.Channel.newRendezvousChannel();
        com.softwaremill.jox.Channel<Integer> pong = com.softwaremill.jox.Channel.newRendezvousChannel();
        Thread echo = virtual(() -> {
            for (int i = 0; i < PING; i++) {
                pong.send(ping.receive());
            }
        });
        Thread main = virtual(() -> {
            for (int i = 0; i < PING; i++) {
                ping.send(i);
                pong.receive();
            }
        });
        main.join();
        echo.join();
    }

    // ---- 2. buffered capacity 1024, one producer one consumer; ns per message ----

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BUFFERED)
    public long bufferedGocon() {
        long[] sum = {0};
        Go.run(() -> {
            Channel<Integer> ch = Channel.make(1024);
            Go.go(() -> {
                for (int i = 0; i < BUFFERED; i++) {
                    ch.send(i);
                }
                ch.close();
            });
            long s = 0;
            for (var v : ch) {
                s += v;
            }
            sum[0] = s;
        });
        return sum[0];
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BUFFERED)
    public long bufferedArrayBlockingQueue() throws Exception {
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(1024);
        long[] sum = {0};
        Thread p = Thread.startVirtualThread(() -> {
            try {
                for (int i = 0; i < BUFFERED; i++) {
                    q.put(i);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread c = Thread.startVirtualThread(() -> {
            try {
                long s = 0;
                for (int i = 0; i < BUFFERED; i++) {
                    s += q.take();
                }
                sum[0] = s;
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        p.join();
        c.join();
        return sum[0];
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BUFFERED)
    public long bufferedJox() throws Exception {
        com.softwaremill.jox.Channel<Integer> ch = com.softwaremill.jox.Channel.newBufferedChannel(1024);
        long[] sum = {0};
        Thread p = virtual(() -> {
            for (int i = 0; i < BUFFERED; i++) {
                ch.send(i);
            }
        });
        Thread c = virtual(() -> {
            long s = 0;
            for (int i = 0; i < BUFFERED; i++) {
                s += ch.receive();
            }
            sum[0] = s;
        });
        p.join();
        c.join();
        return sum[0];
    }

    // ---- 3. select over two unbuffered channels, two producers; ns per select ----

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(SELECT)
    public long selectGocon() {
        long[] got = {0};
        Go.run(() -> {
            Channel<Integer> a = Channel.make();
            Channel<Integer> b = Channel.make();
            int half = SELECT / 2;
            Go.go(() -> {
                for (int i = 0; i < half; i++) {
                    a.send(i);
                }
                a.close();
            });
            Go.go(() -> {
                for (int i = 0; i < half; i++) {
                    b.send(i);
                }
                b.close();
            });
            @SuppressWarnings("unchecked")
            Channel<Integer>[] ch = new Channel[]{a, b};
            long[] n = {0};
            while (ch[0] != Channel.<Integer>nil() || ch[1] != Channel.<Integer>nil()) {
                Select.select(
                        Select.receive(ch[0], (v, ok) -> {
                            if (ok) n[0]++; else ch[0] = Channel.nil();
                        }),
                        Select.receive(ch[1], (v, ok) -> {
                            if (ok) n[0]++; else ch[1] = Channel.nil();
                        }));
            }
            got[0] = n[0];
        });
        return got[0];
    }

    /**
     * jox's select over two rendezvous channels. The producers do not close their channels: the
     * receiver selects exactly {@code SELECT} times (gocon's version also takes the two closes, two
     * selects in 400,000).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(SELECT)
    public long selectJox() throws Exception {
        com.softwaremill.jox.Channel<Integer> a = com.softwaremill.jox.Channel.newRendezvousChannel();
        com.softwaremill.jox.Channel<Integer> b = com.softwaremill.jox.Channel.newRendezvousChannel();
        int half = SELECT / 2;
        long[] got = {0};
        Thread pa = virtual(() -> {
            for (int i = 0; i < half; i++) {
                a.send(i);
            }
        });
        Thread pb = virtual(() -> {
            for (int i = 0; i < half; i++) {
                b.send(i);
            }
        });
        Thread r = virtual(() -> {
            long n = 0;
            for (int i = 0; i < 2 * half; i++) {
                com.softwaremill.jox.Select.select(a.receiveClause(), b.receiveClause());
                n++;
            }
            got[0] = n;
        });
        r.join();
        pa.join();
        pb.join();
        return got[0];
    }

    /** A body that may be interrupted, for {@link #virtual}. */
    interface Body {
        void run() throws InterruptedException;
    }

    /** Starts {@code body} on a virtual thread. */
    static Thread virtual(Body body) {
        return Thread.startVirtualThread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
    }

    // ---- 6. worker pool: 4 workers, 1M jobs in and 1M results out; ms per pool ----

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long poolGocon() {
        long[] sum = {0};
        Go.run(() -> {
            Channel<Integer> jobs = Channel.make(1024);
            Channel<Integer> results = Channel.make(1024);
            WaitGroup wg = new WaitGroup();
            for (int k = 0; k < 4; k++) {
                wg.go(() -> {
                    for (var j : jobs) {
                        results.send(j * 2);
                    }
                });
            }
            Go.go(() -> {
                for (int i = 0; i < POOL; i++) {
                    jobs.send(i);
                }
                jobs.close();
            });
            Go.go(() -> {
                wg.await();
                results.close();
            });
            long s = 0;
            for (var r : results) {
                s += r;
            }
            sum[0] = s;
        });
        return sum[0];
    }

    private static final Integer POISON = -1;

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long poolArrayBlockingQueue() throws Exception {
        ArrayBlockingQueue<Integer> jobs = new ArrayBlockingQueue<>(1024);
        ArrayBlockingQueue<Integer> results = new ArrayBlockingQueue<>(1024);
        CountDownLatch workers = new CountDownLatch(4);
        for (int k = 0; k < 4; k++) {
            Thread.startVirtualThread(() -> {
                try {
                    while (true) {
                        Integer j = jobs.take();
                        if (j == POISON) {
                            break;
                        }
                        results.put(j * 2);
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                } finally {
                    workers.countDown();
                }
            });
        }
        Thread.startVirtualThread(() -> {
            try {
                for (int i = 0; i < POOL; i++) {
                    jobs.put(i);
                }
                for (int k = 0; k < 4; k++) {
                    jobs.put(POISON);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        long[] sum = {0};
        Thread consumer = Thread.startVirtualThread(() -> {
            try {
                long s = 0;
                for (int i = 0; i < POOL; i++) {
                    s += results.take();
                }
                sum[0] = s;
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.join();
        workers.await();
        return sum[0];
    }
}
