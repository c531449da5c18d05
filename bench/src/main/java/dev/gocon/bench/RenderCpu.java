package dev.gocon.bench;

import dev.gocon.app.render.trace.TraceMode;
import dev.gocon.app.render.trace.TraceOptions;
import dev.gocon.app.render.trace.TraceView;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.catalog.Catalog;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.sched.NativeScheduler;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * How much CPU the live trace's render thread uses while a demo runs: issue 4's goal is under 5% of
 * one core during a 10-second demo.
 *
 * <p>It runs the kitchens demo slowed down to about ten seconds ({@code --pace}) with the live view
 * drawing on a 100x30 terminal whose output is thrown away, samples the render thread's CPU time
 * while it lives, and prints that time over the demo's wall time. Usage (after building the bench
 * jar): {@code java -cp bench/target/benchmarks.jar dev.gocon.bench.RenderCpu [PACE]}.
 */
public final class RenderCpu {

    private static final String RENDER_THREAD = "gocon-trace-live";

    public static void main(String[] args) throws Exception {
        double pace = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Demo demo = Catalog.find("kitchens").orElseThrow().demos().getFirst();
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(java.io.InputStream.nullInputStream(), OutputStream.nullOutputStream())
                .size(new Size(100, 30)).build();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong renderCpu = new AtomicLong();
        long start = System.nanoTime();
        try (TraceView view = TraceView.open(TraceMode.LIVE,
                new TraceOptions(terminal, discard, true, true, 100, null, pace, demo.timeScale()))) {
            Thread sampler = Thread.ofPlatform().daemon().start(() -> sample(threads, renderCpu));
            RunReport report = Go.run(RunConfig.nativeScheduler().withSink(view.sink()).withPace(pace),
                    () -> demo.run(new DemoContext(view.output(), NativeScheduler.parallelism(), false, Map.of())));
            report.throwIfFailed();
            view.finish(report);
            sampler.interrupt();
        }
        long wall = System.nanoTime() - start;
        System.out.printf("RESULT bench=render-cpu demo=kitchens pace=%.0f wall=%.2fs render-cpu=%.3fs share=%.2f%%%n",
                pace, wall / 1e9, renderCpu.get() / 1e9, 100.0 * renderCpu.get() / wall);
    }

    /** Keeps the render thread's latest CPU time, until the thread ends or this one is interrupted. */
    private static void sample(ThreadMXBean threads, AtomicLong cpu) {
        while (!Thread.currentThread().isInterrupted()) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals(RENDER_THREAD)) {
                    long nanos = threads.getThreadCpuTime(t.threadId());
                    if (nanos > 0) {
                        cpu.set(nanos);
                    }
                }
            }
            try {
                Thread.sleep(50); // sampling a clock, not ordering threads
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
