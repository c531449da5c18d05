package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@code ```go} block of every lesson is a real program that prints what the lesson says it
 * prints.
 *
 * <p>The convention: {@code go vet} accepts the program, and right after its block a fenced block
 * with the info string {@code output} holds exactly its standard output; {@code output unordered}
 * means the same lines in any order (the schedule decides it). A program with no output block must
 * print nothing, unless it carries {@code // Output varies: REASON}. A program meant to fail carries
 * {@code // It fails on purpose with: TEXT}: it is run {@value #FAILING_RUNS} times and must fail
 * every time with TEXT in its error output (a program that fails only on most schedules teaches
 * something false).
 *
 * <p>A program that uses package {@code time} runs on real timers, with margins of a few hundred
 * milliseconds between what it waits for; a loaded build machine can stall it for longer (seen once in
 * ten builds: a 150 ms margin), so it gets up to {@value #TIMED_RUNS} runs to print what the lesson
 * says, and a failure shows what every run printed. Any other program gets one.
 *
 * <p>Each program is built once and its binary run, so that the repeated runs cost little. Skipped,
 * with a message, when {@code go} is not on the PATH (.ci/run installs Debian's golang-go).
 */
class GoProgramsTest {

    /** How many times a program meant to fail is run: every run must fail. */
    static final int FAILING_RUNS = 200;

    /** How many runs a program on real timers gets to print what the lesson says. */
    static final int TIMED_RUNS = 3;

    /** go vet, go build and the runs, on a busy machine: only a guard against a hang. */
    private static final Duration LIMIT = Duration.ofSeconds(240);

    @TestFactory
    @Timeout(600)
    Stream<DynamicTest> everyGoProgramPrintsWhatTheLessonSays() {
        return LessonText.lessonsToCheck().stream().flatMap(lesson -> {
            LessonText text = LessonText.of(lesson);
            return text.blocks("go").stream().map(block -> Timed.dynamicTest(
                    block.label(lesson.id()), LIMIT, () -> {
                        Assumptions.assumeTrue(GoPrograms.available(),
                                "go is not on the PATH: the lessons' Go programs were not checked."
                                        + " Install Go (Debian: apt-get install golang-go).");
                        check(text, block);
                    }));
        });
    }

    private static void check(LessonText text, LessonText.Block block) throws Exception {
        String label = block.label(text.lesson().id());
        GoPrograms.Result vet = GoPrograms.go(block.code(), "vet", 60);
        assertEquals(0, vet.exitCode(), () -> label + ": go vet failed:\n" + vet.stderr());

        Optional<LessonText.Block> output = text.outputOf(block);
        if (output.isEmpty() && !block.outputVaries() && block.expectedFailure().isEmpty()) {
            GoPrograms.Result run = GoPrograms.run(block.code(), true);
            assertEquals(0, run.exitCode(), () -> label + ": go run failed:\n" + run.stderr());
            if (!run.stdout().isEmpty()) {
                fail(label + " prints something but has no ```output block right after it: add one"
                        + " holding exactly what it prints (or ```output unordered), or a comment"
                        + " '// Output varies: REASON'. It printed:\n" + run.stdout());
            }
            return;
        }
        Path binary = GoPrograms.build(block.code());
        try {
            Optional<String> failure = block.expectedFailure();
            int runs = failure.isPresent() ? FAILING_RUNS : 1;
            for (int i = 1; i <= runs; i++) {
                GoPrograms.Result run = GoPrograms.execute(binary, 60);
                String which = label + (runs > 1 ? ", run " + i + " of " + runs : "");
                if (failure.isPresent()) {
                    if (run.exitCode() == 0 || !run.stderr().contains(failure.get())) {
                        fail(which + " should fail with '" + failure.get() + "' on every run, but"
                                + " exited " + run.exitCode() + " with error output:\n"
                                + run.stderr() + "\nMake the failure certain, or drop the"
                                + " '// It fails on purpose' comment and say it fails only sometimes.");
                    }
                } else {
                    assertEquals(0, run.exitCode(), () -> which + " failed:\n" + run.stderr());
                }
                if (output.isPresent()) {
                    compareTimed(which, output.get(), binary, block.code().contains("\"time\""), run);
                }
            }
        } finally {
            GoPrograms.deleteTree(binary.getParent());
        }
    }

    /* Compares a run's output; a program on real timers that printed otherwise runs again, up to TIMED_RUNS. */
    private static void compareTimed(String label, LessonText.Block output, Path binary, boolean timed,
            GoPrograms.Result first) throws Exception {
        StringBuilder printed = new StringBuilder();
        GoPrograms.Result run = first;
        for (int attempt = 1; ; attempt++) {
            try {
                compare(label, output, run.stdout());
                return;
            } catch (AssertionError e) {
                if (!timed || attempt == TIMED_RUNS || run.exitCode() != 0) {
                    throw printed.isEmpty() ? e : new AssertionError(e.getMessage() + "\nEarlier runs printed:"
                            + printed, e);
                }
                printed.append("\n-- run ").append(attempt).append(":\n").append(run.stdout());
            }
            run = GoPrograms.execute(binary, 60);
        }
    }

    private static void compare(String label, LessonText.Block output, String printed) {
        if (output.info().equals("output unordered")) {
            assertEquals(output.code().lines().sorted().toList(), printed.lines().sorted().toList(),
                    () -> label + " printed other lines than its ```output unordered block (line "
                            + output.line() + ") says, sorted: block (left), program (right)."
                            + " It printed:\n" + printed);
        } else {
            assertEquals(output.code(), printed, () -> label + " printed other text than its"
                    + " ```output block (line " + output.line() + ") says: block (left), program"
                    + " (right). If the order of lines depends on the schedule, use"
                    + " ```output unordered.");
        }
    }
}
