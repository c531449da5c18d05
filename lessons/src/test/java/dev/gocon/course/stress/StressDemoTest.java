package dev.gocon.course.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressDemoTest {

    @Test
    void refusesTasksThatDoNotFitTheHeapInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StressDemo.checkHeap(10_000_000, 1L << 30, 64L << 30));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("--tasks 10,000,000 needs about"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(JDK_JAVA_OPTIONS=-Xmx39g)"), e.getMessage());
        StressDemo.checkHeap(100_000, 1L << 30, 64L << 30); // 300 MB of a 1 GB heap: fine
    }

    @Test
    void suggestsNoHeapBiggerThanTheMachine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StressDemo.checkHeap(10_000_000, 1L << 30, 8L << 30));
        assertFalse(e.getMessage().contains("-Xmx"), e.getMessage());
        assertTrue(e.getMessage().contains("use at most --tasks 262,144"), e.getMessage());
        assertTrue(e.getMessage().contains("this machine has 8,192 MB"), e.getMessage());
    }

    @Test
    void platformThreadsStopAtTheFirstTheSystemRefuses() {
        List<Thread> started = StressDemo.startUntilRefused(10, i -> {
            if (i == 4) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
            }
            return Thread.ofPlatform().start(() -> { });
        });
        assertEquals(4, started.size());
    }

    @Test
    void theTightestPidsLimitOfTheCgroupAndItsParentsWins(@TempDir Path root) throws IOException {
        Path slice = Files.createDirectories(root.resolve("user.slice/user-0.slice"));
        Path scope = Files.createDirectories(slice.resolve("session-1.scope"));
        Files.writeString(root.resolve("user.slice/pids.max"), "max\n");
        Files.writeString(slice.resolve("pids.max"), "300\n"); // systemd's TasksMax
        Files.writeString(slice.resolve("pids.current"), "120\n");
        Files.writeString(scope.resolve("pids.max"), "max\n");
        long[] pids = ThreadLimits.cgroupPids(List.of("0::/user.slice/user-0.slice/session-1.scope"), root);
        assertArrayEquals(new long[] {300, 120}, pids);

        Path v1 = Files.createDirectories(root.resolve("pids/docker/abc"));
        Files.writeString(v1.resolve("pids.max"), "500\n");
        assertArrayEquals(new long[] {500, 0},
                ThreadLimits.cgroupPids(List.of("3:cpu:/", "8:pids:/docker/abc"), root));
        assertNull(ThreadLimits.cgroupPids(List.of("8:pids:/"), root));
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
