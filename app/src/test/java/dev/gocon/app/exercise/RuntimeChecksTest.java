package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Checks of learner code written against the runtime: deadlocks, leaks and failing seeds. */
class RuntimeChecksTest {

    private static final String CHECK = RuntimeMainCheck.class.getName();

    @TempDir
    Path dir;

    private final ExerciseRunner runner = ExerciseRunner.ofThisJvm(Duration.ofSeconds(20));

    private Path write(String className, String source) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        return file;
    }

    @Test
    @Timeout(60)
    void aDeadlockIsReportedAsGoDoesWithoutWaitingForTheLimit() throws Exception {
        Path file = write("Orders", """
                import dev.gocon.go.Channel;
                public class Orders {
                    public static void main(String[] args) {
                        Channel<String> orders = Channel.make("orders");
                        orders.receive();
                    }
                }
                """);
        var verdict = assertInstanceOf(Verdict.Failed.class, runner.check(file, "Orders", CHECK).verdict());
        assertTrue(verdict.reason().startsWith("deadlock: all goroutines are asleep"), verdict.reason());
        assertTrue(verdict.reason().contains("orders"), verdict.reason());
    }

    @Test
    @Timeout(60)
    void goroutinesLeftBlockedAreALeak() throws Exception {
        Path file = write("Leaky", """
                import dev.gocon.go.Channel;
                import dev.gocon.go.Go;
                public class Leaky {
                    public static void main(String[] args) {
                        Channel<String> results = Channel.make("results");
                        Go.go("worker", () -> results.send("done"));
                    }
                }
                """);
        var verdict = runner.check(file, "Leaky", CHECK).verdict();
        String text = verdict.lines().getFirst();
        assertTrue(text.contains("a leak") && text.contains("worker"), text);
    }

    @Test
    @Timeout(60)
    void aLostUpdateFailsWithASeedThatReplaysTheSameWay() throws Exception {
        Path file = write("Race", """
                import dev.gocon.go.Go;
                import dev.gocon.go.WaitGroup;
                public class Race {
                    static int counter;
                    public static void main(String[] args) {
                        counter = 0;
                        WaitGroup wg = new WaitGroup();
                        for (int i = 0; i < 2; i++) {
                            wg.go(() -> {
                                int seen = counter;
                                Go.gosched();
                                counter = seen + 1;
                            });
                        }
                        wg.await();
                        if (counter != 2) {
                            throw new AssertionError("counter = " + counter + ", expected 2");
                        }
                    }
                }
                """);
        Verdict verdict = runner.check(file, "Race", CHECK).verdict();
        switch (verdict) {
            case Verdict.FailedWithSeed seeded -> {
                assertTrue(seeded.reason().contains("counter = 1, expected 2"), seeded.reason());
                assertEquals(seeded, runner.check(file, "Race", CHECK, seeded.seed()).verdict(),
                        "the same seed, the same failure");
            }
            case Verdict.Failed failed -> assertTrue(failed.reason().contains("counter = 1"), failed.reason());
            default -> fail("expected a lost update, got " + verdict);
        }
    }
}
