package dev.gocon.course.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoRun;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StressDemoTest {

    @Test
    void refusesTasksThatDoNotFitTheHeapInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StressDemo.checkHeap(10_000_000, 1L << 30));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("--tasks 10,000,000 needs about"), e.getMessage());
        StressDemo.checkHeap(100_000, 1L << 30); // 300 MB of a 1 GB heap: fine
    }

    @Test
    void theDemoRefusesBeforeStartingAnything() {
        DemoRun run = DemoRun.run(new StressDemo(), 1L, 2, Map.of("--tasks", "10000000"));
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (10_000_000L * StressDemo.HEAP_PER_GOROUTINE > maxHeap * 3 / 4) {
            assertInstanceOf(IllegalArgumentException.class, run.report().failure().getCause());
            assertEquals("", run.output());
        }
    }

    @Test
    void rejectsTasksOutOfRangeAndBadDurations() {
        assertThrows(IllegalArgumentException.class, () -> StressDemo.parseTasks("0"));
        assertThrows(IllegalArgumentException.class, () -> StressDemo.parseTasks("10000001"));
        assertThrows(IllegalArgumentException.class, () -> StressDemo.parseTasks("many"));
        assertEquals(1_000_000, StressDemo.parseTasks("1_000_000"));
        assertEquals(Duration.ofMillis(250), StressDemo.parseDuration("250ms"));
        assertEquals(Duration.ofMillis(1500), StressDemo.parseDuration("1.5s"));
        assertEquals(Duration.ofMillis(40), StressDemo.parseDuration("40"));
        assertThrows(IllegalArgumentException.class, () -> StressDemo.parseDuration("-1s"));
        assertThrows(IllegalArgumentException.class, () -> StressDemo.parseDuration("soon"));
    }

    @Test
    void steppedRunsASmallNumberAndPrintsNoTimings() {
        DemoRun run = DemoRun.run(new StressDemo(), 3L, 2, Map.of("--sleep", "1s"));
        assertTrue(run.report().ok(), run.report().outcomeLabel());
        assertTrue(run.output().contains("100 tasks, not 100,000"), run.output());
        assertTrue(run.output().contains("peak live:          100 while spawning and joining, 100 when all parked"),
                "with --sleep every task is alive at once:\n" + run.output());
        assertFalse(run.output().contains("µs"), run.output());
    }

    @Test
    void nativeRunMeasuresAndComparesWithPlatformThreads() {
        DemoRun run = DemoRun.run(new StressDemo(), null, 2,
                Map.of("--tasks", "2000", "--platform", "true"));
        assertTrue(run.report().ok(), run.report().outcomeLabel());
        String out = run.output();
        assertTrue(out.contains("heap per goroutine:"), out);
        assertTrue(out.contains("2,000 when all parked"), out);
        assertTrue(out.contains("goroutines       platform threads"), out);
        assertEquals("", run.report().formatLeaks());
    }

    @Test
    void platformThreadsAreCappedByTheTightestLimitAndSayWhy() {
        ThreadLimits tight = new ThreadLimits(OptionalLong.of(200_000), OptionalLong.of(32_768),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(100_000), OptionalLong.of(32_000),
                OptionalLong.of(16L << 30));
        ThreadLimits.Cap cap = tight.cap(100_000);
        assertEquals(384, cap.alive());
        assertTrue(cap.reason().contains("pid_max"), cap.reason());

        ThreadLimits roomy = new ThreadLimits(OptionalLong.of(200_000), OptionalLong.of(4_000_000),
                OptionalLong.of(50_000), OptionalLong.of(100), OptionalLong.empty(), OptionalLong.of(300),
                OptionalLong.of(16L << 30));
        assertEquals(ThreadLimits.CEILING, roomy.cap(100_000).alive());
        assertEquals(500, roomy.cap(500).alive());

        ThreadLimits lowMemory = new ThreadLimits(OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.of(256L << 20));
        ThreadLimits.Cap byMemory = lowMemory.cap(100_000);
        assertEquals(512, byMemory.alive());
        assertTrue(byMemory.reason().contains("free memory"), byMemory.reason());
    }
}
