package dev.gocon.course.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoRun;
import dev.gocon.course.Demo;
import dev.gocon.go.RunReport.LeakedGoroutine;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PipelinesDemosTest {

    @Test
    void everyDemoRepeatsUnderASeedAndOnlyTheLeakyOneLeaks() {
        for (Demo demo : PipelinesLesson.create().demos()) {
            LongStream.rangeClosed(1, 20).forEach(seed -> {
                DemoRun first = DemoRun.run(demo, seed);
                DemoRun again = DemoRun.run(demo, seed);
                String label = demo.name() + " seed " + seed;
                assertTrue(first.report().ok(), label + ": " + first.report().outcomeLabel());
                assertEquals(first.output(), again.output(), label + ": same seed, same bytes");
                if (!demo.name().equals("leaky")) {
                    assertEquals("", first.report().formatLeaks(), label);
                }
            });
        }
    }

    @Test
    void theLeakyPipelineReportsItsStagesByNameAndChannel() {
        for (Long seed : new Long[] {null, 1L, 2L, 3L, 4L, 5L}) {
            DemoRun run = DemoRun.run(new LeakyDemo(), seed);
            assertEquals("1\n4\ngoroutines still alive: 2\n", run.output(), "seed " + seed);
            List<String> leaks = run.report().leaked().stream()
                    .map(LeakedGoroutine::toString).toList();
            List<String> summary = run.report().leaked().stream()
                    .map(g -> g.name() + " [" + g.state() + "] on " + g.object()).toList();
            assertEquals(List.of("generator [chan send] on numbers", "squarer [chan send] on squares"),
                    summary, "seed " + seed + ": " + leaks);
        }
    }

    @Test
    void theDoneChannelLeavesNothingBehind() {
        for (Long seed : new Long[] {null, 1L, 2L, 3L}) {
            DemoRun run = DemoRun.run(new DoneChannelDemo(), seed);
            assertEquals("1\n4\nevery stage has returned\n", run.output(), "seed " + seed);
            assertTrue(run.report().leaked().isEmpty(), run.report().formatLeaks());
        }
    }

    @Test
    void fanOutSumsTheSquares() {
        String out = DemoRun.run(new FanOutDemo(), null).output();
        assertTrue(out.endsWith("sum 91\n"), out);
    }
}
