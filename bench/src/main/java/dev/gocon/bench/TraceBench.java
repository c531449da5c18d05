package dev.gocon.bench;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.trace.EventSink;
import dev.gocon.trace.Recorder;
import java.util.concurrent.TimeUnit;
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

/**
 * The cost of recording a run's trace: the same unbuffered ping-pong with no sink, and with the
 * {@link Recorder} that every trace view uses (bound large enough that every event is kept one by
 * one, the most expensive case). Issue 4's goal: recording on is at most 1.5x off. JMH measures the
 * two sides in different JVMs; {@link RecorderPairs} measures them in pairs within each JVM.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--add-opens",
        "java.base/java.lang=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TraceBench {

    static final int PING = 20_000;

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongRecorderOff() {
        pingPong(null);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PING)
    public void pingPongRecorderOn() {
        pingPong(new Recorder());
    }

    static void pingPong(EventSink sink) {
        Go.run(RunConfig.nativeScheduler().withSink(sink), () -> {
            Channel<Integer> ping = Channel.make("ping");
            Channel<Integer> pong = Channel.make("pong");
            Go.go("echo", () -> {
                for (var v : ping) {
                    pong.send(v);
                }
            });
            for (int i = 0; i < PING; i++) {
                ping.send(i);
                pong.receive();
            }
            ping.close();
        }).throwIfFailed();
    }
}
