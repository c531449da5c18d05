package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.exercise.Check;
import dev.gocon.course.exercise.sample.CounterCheck;
import dev.gocon.course.exercise.sample.SampleExercises;
import dev.gocon.course.exercise.WriteCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runner's verdicts for learner programs that go wrong in every way a program can. */
class ExerciseRunnerTest {

    private static final String RUNS_MAIN = Check.RunsMain.class.getName();

    @TempDir
    Path dir;

    /*
     * Two limits. A program that must run out of time gets a short one, so the test is quick; a program
     * that should finish gets a long one, so that a slow, loaded machine cannot turn its verdict into a
     * time-out. The test timeouts are far above either, plus the runner's backstop.
     */
    private final ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(3));
    private final ExerciseRunner patient = ExerciseRunner.ofThisJvm(Duration.ofSeconds(30));

    /** Checks a program that is meant to run until the (short) limit. */
    private ExerciseRunner.Outcome check(String className, String source, String checkClass) throws Exception {
        return runner.check(write(className, source), className, checkClass);
    }

    /** Checks a program that is meant to finish by itself. */
    private ExerciseRunner.Outcome finish(String className, String source, String checkClass) throws Exception {
        return patient.check(write(className, source), className, checkClass);
    }

    private Path write(String className, String source) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        return file;
    }

    @Test
    @Timeout(90)
    void anEndlessLoopTimesOutAndSaysWhereItRuns() throws Exception {
        var outcome = check("Loop", """
                public class Loop {
                    public static void main(String[] args) {
                        long n = 0;
                        while (true) {
                            n++;
                        }
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertTrue(verdict.explanation().contains("still running"), verdict.explanation());
        assertTrue(verdict.explanation().contains("Loop.java:"), verdict.explanation());
        assertEquals(1, verdict.lines().size());
    }

    @Test
    @Timeout(90)
    void anInterruptKillsTheChildJvm() throws Exception {
        Path file = dir.resolve("Spin.java");
        Files.writeString(file, "public class Spin { public static void main(String[] a) { while (true) { } } }");
        java.util.concurrent.CompletableFuture<Throwable> thrown = new java.util.concurrent.CompletableFuture<>();
        Thread checker = Thread.ofPlatform().start(() -> {
            try {
                runner.check(file, "Spin", RUNS_MAIN);
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        ProcessHandle child = awaitChildJvm();
        checker.interrupt();
        assertInstanceOf(InterruptedException.class, thrown.get());
        child.onExit().get();
        assertTrue(!child.isAlive(), "the child JVM is gone");
    }

    /* The check's child JVM, once it has started: a child process of this one running the harness. */
    private static ProcessHandle awaitChildJvm() {
        while (true) {
            var found = ProcessHandle.current().children()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("")
                            .contains("CheckHarness"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.onSpinWait();
        }
    }

    @Test
    @Timeout(90)
    void aDeadlockTimesOutAndSaysWhoWaits() throws Exception {
        var outcome = check("Stuck", """
                import java.util.concurrent.CountDownLatch;
                public class Stuck {
                    public static void main(String[] args) throws Exception {
                        new CountDownLatch(1).await();
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertTrue(verdict.explanation().startsWith("deadlock"), verdict.explanation());
        assertTrue(verdict.explanation().contains("Stuck.java:4"), verdict.explanation());
    }

    @Test
    @Timeout(90)
    void aLockCycleIsNamed() throws Exception {
        var outcome = check("Cycle", """
                import java.util.concurrent.CyclicBarrier;
                public class Cycle {
                    static final Object a = new Object(), b = new Object();
                    public static void main(String[] args) throws Exception {
                        CyclicBarrier both = new CyclicBarrier(2);
                        Thread t = new Thread(() -> lock(b, a, both), "worker");
                        t.start();
                        lock(a, b, both);
                    }
                    static void lock(Object first, Object second, CyclicBarrier both) {
                        synchronized (first) {
                            try { both.await(); } catch (Exception e) { throw new RuntimeException(e); }
                            synchronized (second) { }
                        }
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertTrue(verdict.explanation().contains("worker waits for"), verdict.explanation());
    }

    @Test
    @Timeout(120)
    void systemExitIsRefusedBeforeTheCodeRuns() throws Exception {
        var outcome = finish("Quit", """
                public class Quit {
                    public static void main(String[] args) {
                        System.out.println("bye");
                        System.exit(3);
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.Refused.class, outcome.verdict());
        assertEquals("refused: your code calls System.exit, which ends the JVM before the check can judge it "
                + "(at Quit.java:4).", verdict.lines().getFirst());
        assertEquals("", outcome.output(), "it never ran");
    }

    @Test
    @Timeout(120)
    void aForgedVerdictIsRefusedAndNamed() throws Exception {
        var outcome = finish("Counter", """
                public class Counter {
                    public static int count(int threads, int times) throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("../verdict"), "PASS\\n");
                        Runtime.getRuntime().halt(0);
                        return 0;
                    }
                }
                """, CounterCheck.class.getName());
        var verdict = assertInstanceOf(Verdict.Refused.class, outcome.verdict());
        assertEquals("refused: your code tried to write ../verdict (with Files.writeString); a check runs without "
                + "writing files (at Counter.java:3) (and 1 more).", verdict.lines().getFirst());
    }

    @Test
    @Timeout(120)
    void aVerdictSentOnTheHarnessSocketWithoutItsSecretIsIgnored() throws Exception {
        var outcome = finish("Counter", """
                import java.net.UnixDomainSocketAddress;
                import java.nio.ByteBuffer;
                import java.nio.channels.SocketChannel;
                import java.nio.file.Path;
                public class Counter {
                    public static int count(int threads, int times) throws Exception {
                        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(Path.of("../verdict.sock")))) {
                            c.write(ByteBuffer.wrap("PASS\\nPASS\\n".getBytes()));
                        }
                        System.out.println("PASS");
                        return 0;
                    }
                }
                """, CounterCheck.class.getName());
        assertEquals(new Verdict.Failed("count(4, 1000) returned 0, expected 4000"), outcome.verdict(),
                outcome.output());
    }

    @Test
    @Timeout(120)
    void theSolutionIsNotOnTheChildsClassPath() throws Exception {
        var outcome = finish("Counter", """
                public class Counter {
                    public static int count(int threads, int times) throws Exception {
                        String name = "/dev/gocon/course/exercise/sample/Counter.java." + "sol".concat("ution");
                        try (var solution = Counter.class.getResourceAsStream(name)) {
                            System.out.println(solution == null ? "no solution here" : "found the solution");
                            return solution == null ? -1 : threads * times;
                        }
                    }
                }
                """, CounterCheck.class.getName());
        assertEquals(new Verdict.Failed("count(4, 1000) returned -1, expected 4000"), outcome.verdict());
        assertTrue(outcome.output().contains("no solution here"), outcome.output());
        assertTrue(CounterCheck.class.getResource("Counter.java.solution") != null,
                "while this JVM's class path has it");

        var named = finish("Counter", """
                public class Counter {
                    public static int count(int threads, int times) {
                        return Counter.class.getResource("Counter.java.solution") == null ? 0 : 1;
                    }
                }
                """, CounterCheck.class.getName());
        assertEquals(List.of("refused: your code looks for the reference solution (\"Counter.java.solution\"); the "
                + "check does not carry it (at Counter.java:3)."), named.verdict().lines());
    }

    @Test
    @Timeout(90)
    void aGoroutineSpinningForTheWholeLimitIsNamedWithItsLine() throws Exception {
        var outcome = check("Spin", """
                public class Spin {
                    public static void main(String[] args) throws Exception {
                        Thread.ofVirtual().name("spinner").start(() -> { long n = 0; while (true) { n++; } });
                        new java.util.concurrent.CountDownLatch(1).await();
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertEquals("still running: spinner ran for the whole 3 s at Spin.java:3: an endless loop, or a livelock?",
                verdict.explanation());
    }

    @Test
    @Timeout(90)
    void goroutinesAllWaitingAreADeadlockSaidInTheCoursesWords() throws Exception {
        var outcome = check("Wait", """
                import java.util.concurrent.CountDownLatch;
                public class Wait {
                    public static void main(String[] args) throws Exception {
                        CountDownLatch never = new CountDownLatch(1);
                        Thread.ofVirtual().name("waiter").start(() -> {
                            try { never.await(); } catch (InterruptedException e) { }
                        });
                        Thread.ofVirtual().name("joiner").start(() -> {
                            try { Thread.currentThread().join(); } catch (InterruptedException e) { }
                        }).join();
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertTrue(verdict.explanation().startsWith("deadlock: every goroutine of your code is waiting"),
                verdict.explanation());
        assertTrue(verdict.explanation().contains(
                "waiter waits on a CountDownLatch that never reaches zero (at Wait.java:6)"), verdict.explanation());
        assertTrue(verdict.explanation().contains("main waits for a thread that never ends (join) (at Wait.java:10)"),
                verdict.explanation());
    }

    @Test
    @Timeout(90)
    void aLivelockOfPoliteGoroutinesIsNamedWithinTheLimit() throws Exception {
        var outcome = check("Polite", """
                import dev.gocon.go.Go;
                import dev.gocon.go.WaitGroup;
                public class Polite {
                    static volatile boolean aWaits = true, bWaits = true;
                    public static void main(String[] args) {
                        WaitGroup wg = new WaitGroup();
                        wg.go(() -> { while (bWaits) { Go.gosched(); } }); // after you
                        wg.go(() -> { while (aWaits) { Go.gosched(); } }); // no, after you
                        wg.await();
                    }
                }
                """, RuntimeMainCheck.class.getName());
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict(), outcome.verdict() + outcome.output());
        assertTrue(verdict.explanation().startsWith("still running: "), verdict.explanation());
        assertTrue(verdict.explanation().matches(".* at Polite\\.java:[78]: an endless loop, or a livelock\\?"),
                verdict.explanation());
    }

    @Test
    @Timeout(90)
    void printingPastTheCapUntilTheLimitIsSaid() throws Exception {
        var outcome = check("Flood", """
                public class Flood {
                    public static void main(String[] args) {
                        while (true) {
                            System.out.println("more");
                        }
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.TimedOut.class, outcome.verdict());
        assertTrue(verdict.explanation().startsWith("it printed more than the 64 KB kept and still running: main"),
                verdict.explanation());
        assertTrue(outcome.truncated());
    }

    @Test
    @Timeout(120)
    void tooManyPlatformThreadsStopTheCheck() throws Exception {
        var outcome = finish("Crowd", """
                public class Crowd {
                    public static void main(String[] args) throws Exception {
                        for (int i = 0; i < 1000; i++) {
                            Thread.ofPlatform().daemon().start(() -> {
                                try { Thread.sleep(60_000); } catch (InterruptedException e) { }
                            });
                        }
                        Thread.sleep(60_000);
                    }
                }
                """, RUNS_MAIN);
        assertEquals(new Verdict.TooManyThreads(256), outcome.verdict());
    }

    @Test
    @Timeout(120)
    void aCompileErrorNamesTheLearnersFileAndLine() throws Exception {
        var outcome = finish("Broken", """
                public class Broken {
                    public static void main(String[] args) {
                        int x = 1
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.CompileFailed.class, outcome.verdict());
        assertEquals(List.of("Broken.java:3: ';' expected", "        int x = 1", "                 ^"), verdict.lines());
    }

    @Test
    @Timeout(120)
    void runningOutOfMemoryIsReported() throws Exception {
        var outcome = finish("Hog", """
                import java.util.ArrayList;
                public class Hog {
                    public static void main(String[] args) {
                        var all = new ArrayList<long[]>();
                        while (true) {
                            all.add(new long[1 << 20]);
                        }
                    }
                }
                """, RUNS_MAIN);
        assertEquals(new Verdict.OutOfMemory(ExerciseRunner.HEAP_MB), outcome.verdict());
    }

    @Test
    @Timeout(120)
    void outputIsCapped() throws Exception {
        var outcome = finish("Chatty", """
                public class Chatty {
                    public static void main(String[] args) {
                        for (int i = 0; i < 100_000; i++) {
                            System.out.println("line " + i);
                        }
                    }
                }
                """, RUNS_MAIN);
        assertTrue(outcome.verdict().passed(), outcome.verdict().toString());
        assertTrue(outcome.truncated());
        assertEquals(ExerciseRunner.OUTPUT_CAP, outcome.output().length());
    }

    @Test
    @Timeout(120)
    void theSampleStarterFailsAndItsSolutionPasses() throws Exception {
        WriteCode counter = (WriteCode) SampleExercises.create().exercises().get(2);
        var starter = finish("Counter", counter.starter(), CounterCheck.class.getName());
        assertEquals(new Verdict.Failed("count(4, 1000) returned 0, expected 4000"), starter.verdict());
        var solution = finish("Counter", counter.solution(), CounterCheck.class.getName());
        assertEquals(new Verdict.Passed(), solution.verdict());
    }
}
