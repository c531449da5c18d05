package dev.gocon.bench;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.catalog.Catalog;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.Timeline;
import dev.gocon.trace.TraceEvent;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What building the {@link Timeline} costs per event, for a small and a ten times larger run: if the
 * cost per event stays put, building is O(events), as issue 12 asks.
 *
 * <p>It records the stress demo natively ({@code --tasks N}), then builds the timeline from the
 * recorded events several times and prints the best time per event. Usage (after building the bench
 * jar): {@code java -cp bench/target/benchmarks.jar dev.gocon.bench.TimelineBuild [N...]}.
 */
public final class TimelineBuild {

    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args : new String[] {"10000", "100000"};
        Demo demo = Catalog.find("stress").orElseThrow().demos().getFirst();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (String size : sizes) {
            Recorder recorder = new Recorder(5_000_000);
            Go.run(RunConfig.nativeScheduler().withSink(recorder),
                    () -> demo.run(new DemoContext(discard, 2, false, Map.of("--tasks", size)))).throwIfFailed();
            List<TraceEvent> events = recorder.events();
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                Timeline timeline = Timeline.of(events);
                best = Math.min(best, System.nanoTime() - start);
                if (timeline.lanes().isEmpty()) {
                    throw new AssertionError("no lanes");
                }
            }
            System.out.printf("RESULT bench=timeline-build goroutines=%s events=%d best=%.1fms per-event=%.0fns%n",
                    size, events.size(), best / 1e6, (double) best / events.size());
        }
    }
}
