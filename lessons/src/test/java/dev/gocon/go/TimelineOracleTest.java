package dev.gocon.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.Lesson;
import dev.gocon.course.catalog.Catalog;
import dev.gocon.sched.Strand;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.Timeline;
import dev.gocon.trace.TraceState.GState;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The timeline tells the truth: for every demo, under 20 seeds of the stepped scheduler, the
 * {@link Timeline} built from the run's events is compared, at every scheduling step, with the
 * runtime's own record of each goroutine (blocked and why, in the run queue, or gone); and natively,
 * the timeline's end agrees with the run's report. Any disagreement fails.
 *
 * <p>It lives in {@code dev.gocon.go} to read the runtime's record (the run's scheduler and its
 * strands) from inside the run, at the moment the stepped scheduler asks its chooser for the next
 * goroutine: the one point where no goroutine runs.
 */
class TimelineOracleTest {

    private static final int SEEDS = 20;

    @TestFactory
    @Timeout(600)
    Stream<DynamicNode> theTimelineAgreesWithTheRuntimeAtEveryStep() {
        return Catalog.lessons().stream().filter(lesson -> !lesson.demos().isEmpty())
                .map(lesson -> DynamicContainer.dynamicContainer(lesson.id(),
                        lesson.demos().stream().map(demo -> checks(lesson, demo))));
    }

    private static DynamicNode checks(Lesson lesson, Demo demo) {
        return DynamicContainer.dynamicContainer(demo.name(), Stream.of(
                DynamicTest.dynamicTest("at every step of " + SEEDS + " seeds", () -> {
                    for (long seed = 1; seed <= SEEDS; seed++) {
                        stepped(demo, seed);
                    }
                }),
                DynamicTest.dynamicTest("at the end of a native run", () -> nativeRun(demo))));
    }

    private static void stepped(Demo demo, long seed) {
        Timeline timeline = new Timeline();
        List<String> disagreements = new ArrayList<>();
        long[] steps = {0};
        Chooser oracle = (runnable, suggested) -> {
            steps[0]++;
            compare(timeline, runnable, disagreements, demo.name() + " seed " + seed + " step " + steps[0]);
            return suggested;
        };
        // The sink is called by the goroutine holding the turn, so the timeline is read and written by
        // one goroutine at a time, each seeing the last one's writes through the token hand-off.
        RunReport report = Go.run(RunConfig.stepped(seed).withSink(timeline::apply).withChooser(oracle),
                () -> demo.run(context(true)));
        assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements.subList(0,
                Math.min(10, disagreements.size()))));
        assertTrue(steps[0] > 0, "the chooser was asked");
        checkEnd(timeline, report, demo.name() + " seed " + seed);
    }

    private static void nativeRun(Demo demo) {
        Recorder recorder = new Recorder();
        RunReport report = Go.run(RunConfig.nativeScheduler().withSink(recorder), () -> demo.run(context(false)));
        Timeline timeline = new Timeline();
        recorder.events().forEach(timeline::apply);
        checkEnd(timeline, report, demo.name() + " native");
    }

    /** At the end, the goroutines the report leaves behind still wait as it says; every other one is done. */
    private static void checkEnd(Timeline timeline, RunReport report, String where) {
        Set<Long> leftBlocked = new HashSet<>();
        for (RunReport.LeakedGoroutine leak : report.leaked()) {
            leftBlocked.add(leak.id());
        }
        timeline.end(report.nanos(), leftBlocked);
        for (RunReport.LeakedGoroutine leak : report.leaked()) {
            Timeline.Lane lane = timeline.lane(leak.id());
            assertNotNull(lane, where + ": g" + leak.id() + " left behind has no lane");
            GState state = lane.goroutine().state();
            if (leak.state().equals("runnable")) {
                continue; // never ran: the run's end took it, and the trace never saw it run
            }
            assertTrue(state.blocked(), where + ": g" + leak.id() + " left behind in [" + leak.state()
                    + "] but the timeline says " + state);
            assertEquals(leak.state(), lane.goroutine().reason().goLabel(), where + ": g" + leak.id());
        }
        for (Timeline.Lane lane : timeline.lanes()) {
            GState state = lane.goroutine().state();
            if (!leftBlocked.contains(lane.goroutine().id())) {
                assertTrue(state.finished(), where + ": " + lane.goroutine().who() + " ends as " + state);
            }
        }
    }

    private static void compare(Timeline timeline, List<StepChoice> runnable, List<String> disagreements,
                                String where) {
        Goroutine current = Goroutine.currentOrNull();
        if (current == null || current.run == Run.DEFAULT) {
            return; // the run's first pick, made by the thread that starts it: nothing has happened yet
        }
        timeline.advanceTo(current.run.sched.nanoTime());
        Set<Long> queued = new HashSet<>();
        for (StepChoice choice : runnable) {
            queued.add(choice.id());
        }
        Set<Long> live = new HashSet<>();
        int running = 0;
        for (Strand s : current.run.sched.live()) {
            live.add(s.id);
            Timeline.Lane lane = timeline.lane(s.id);
            if (lane == null) {
                disagreements.add(where + ": g" + s.id + " is live but has no lane");
                continue;
            }
            GState model = lane.goroutine().state();
            if (s.blocked()) {
                GState runtime = GState.of(s.blockReason);
                if (model != runtime) {
                    disagreements.add(where + ": " + s + " is blocked in [" + s.blockReason.goLabel()
                            + "], the timeline says " + model);
                }
            } else if (queued.contains(s.id)) {
                boolean ok = model == GState.RUNNABLE || model == GState.RUNNING && s == current.strand;
                if (!ok) {
                    disagreements.add(where + ": " + s + " waits for its turn, the timeline says " + model);
                }
            } else if (s != current.strand || model != GState.RUNNING) {
                disagreements.add(where + ": " + s + " neither blocked nor queued, the timeline says " + model);
            }
            if (model == GState.RUNNING) {
                running++;
            }
        }
        if (running > 1) {
            disagreements.add(where + ": " + running + " goroutines running at once under the stepped scheduler");
        }
        for (Timeline.Lane lane : timeline.lanes()) {
            if (!live.contains(lane.goroutine().id()) && !lane.goroutine().state().finished()) {
                disagreements.add(where + ": " + lane.goroutine().who() + " has ended, the timeline says "
                        + lane.goroutine().state());
            }
        }
    }

    private static DemoContext context(boolean stepped) {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int procs = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        return new DemoContext(silent, stepped ? 1 : procs, stepped, Map.of());
    }
}
