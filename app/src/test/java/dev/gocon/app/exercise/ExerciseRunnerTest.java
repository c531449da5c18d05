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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runner's verdicts for learner programs that go wrong in every way a program can. */
class ExerciseRunnerTest {

    private static final String RUNS_MAIN = Check.RunsMain.class.getName();

    @TempDir
    Path dir;

    private final ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(3));

    private ExerciseRunner.Outcome check(String className, String source, String checkClass) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        return runner.check(file, className, checkClass);
    }

    @Test
    @Timeout(10)
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
    @Timeout(10)
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
    @Timeout(10)
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
    @Timeout(10)
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
    @Timeout(10)
    void systemExitIsReportedAndHarmsNobody() throws Exception {
        var outcome = check("Quit", """
                public class Quit {
                    public static void main(String[] args) {
                        System.out.println("bye");
                        System.exit(3);
                    }
                }
                """, RUNS_MAIN);
        assertEquals(new Verdict.Exited(3), outcome.verdict());
        assertTrue(outcome.output().contains("bye"));
    }

    @Test
    @Timeout(10)
    void aCompileErrorNamesTheLearnersFileAndLine() throws Exception {
        var outcome = check("Broken", """
                public class Broken {
                    public static void main(String[] args) {
                        int x = 1
                    }
                }
                """, RUNS_MAIN);
        var verdict = assertInstanceOf(Verdict.CompileFailed.class, outcome.verdict());
        assertEquals(1, verdict.lines().size(), verdict.lines().toString());
        assertTrue(verdict.lines().getFirst().startsWith("Broken.java:3: "), verdict.lines().toString());
    }

    @Test
    @Timeout(10)
    void runningOutOfMemoryIsReported() throws Exception {
        var outcome = check("Hog", """
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
    @Timeout(10)
    void outputIsCapped() throws Exception {
        var outcome = check("Chatty", """
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
    @Timeout(15)
    void theSampleStarterFailsAndItsSolutionPasses() throws Exception {
        WriteCode counter = (WriteCode) SampleExercises.create().exercises().get(2);
        var starter = check("Counter", counter.starter(), CounterCheck.class.getName());
        assertEquals(new Verdict.Failed("count(4, 1000) returned 0, expected 4000"), starter.verdict());
        var solution = check("Counter", counter.solution(), CounterCheck.class.getName());
        assertEquals(new Verdict.Passed(), solution.verdict());
    }
}
