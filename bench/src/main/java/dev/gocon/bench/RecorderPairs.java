package dev.gocon.bench;

import dev.gocon.trace.Recorder;
import java.util.Arrays;

/**
 * The recorder's cost measured in pairs: {@link TraceBench}'s ping-pong with the recorder off and on,
 * in alternating batches in one JVM. Not a JMH benchmark, on purpose: JMH runs the two sides in
 * different JVMs, and on this VM a JVM settles into one of a few speeds (off took 535 ns in one JVM
 * and 790 in the next), so a ratio of two JMH scores mostly measures which speeds the JVMs took.
 * Here both sides share each JVM's speed and its drift, and each round gives a ratio of its own.
 *
 * <p>Prints the median ns per round trip of each side and the median of the rounds' ratios:
 * <pre>java -Xms4g -Xmx4g -XX:+AlwaysPreTouch --add-opens java.base/java.lang=ALL-UNNAMED \
 *     -cp bench/target/benchmarks.jar dev.gocon.bench.RecorderPairs 30</pre>
 */
public final class RecorderPairs {

    private static final int WARMUP_RUNS = 200;
    private static final int RUNS_PER_BATCH = 10;

    private RecorderPairs() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            TraceBench.pingPong(null);
            TraceBench.pingPong(new Recorder());
        }
        double[] off = new double[rounds];
        double[] on = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            off[r] = batch(false);
            on[r] = batch(true);
            ratio[r] = on[r] / off[r];
        }
        System.out.printf("RESULT impl=gocon bench=recorder_pairs rounds=%d off_median=%.0f on_median=%.0f"
                + " ratio_median=%.3f ratio_min=%.3f ratio_max=%.3f%n", rounds, median(off), median(on),
                median(ratio), Arrays.stream(ratio).min().orElseThrow(), Arrays.stream(ratio).max().orElseThrow());
    }

    /** ns per round trip over one batch of runs, the recorder on or off. */
    private static double batch(boolean record) {
        long start = System.nanoTime();
        for (int k = 0; k < RUNS_PER_BATCH; k++) {
            TraceBench.pingPong(record ? new Recorder() : null);
        }
        return (System.nanoTime() - start) / (double) (RUNS_PER_BATCH * TraceBench.PING);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
