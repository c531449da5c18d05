package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.go.Exploration;
import dev.gocon.go.Explorer;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every "this outcome is possible" claim of a lesson is one that {@code --explore all} confirms.
 *
 * <p>The convention: the lesson says {@code <!-- explore: DEMO finds TEXT -->} next to the claim,
 * and {@code gocon lesson <id> --demo DEMO --explore all} must find an outcome containing TEXT. An
 * outcome is what the demo printed (its lines also joined by {@code " / "}, as the histogram shows
 * them), or {@code deadlock}, or {@code panic: MESSAGE}. The search uses the limits of app's
 * DemoExplorer, so what passes here is what a student sees.
 */
class ExploreClaimsTest {

    /** app's DemoExplorer.STEP_LIMIT: the longest run the exhaustive search follows. */
    private static final long STEP_LIMIT = 5_000;
    /** app's DemoExplorer.MAX_SCHEDULES: the most schedules it tries. */
    private static final int MAX_SCHEDULES = 20_000;

    @TestFactory
    @Timeout(600)
    Stream<DynamicTest> everyClaimedOutcomeIsFound() {
        return LessonText.lessonsToCheck().stream().flatMap(lesson -> LessonText.of(lesson).exploreClaims()
                .stream().map(claim -> Timed.dynamicTest(lesson.id() + ": " + claim.demo()
                        + " finds " + claim.finds(), Duration.ofSeconds(300),
                        () -> check(lesson, claim))));
    }

    private static void check(Lesson lesson, LessonText.ExploreClaim claim) {
        Demo demo = lesson.demo(claim.demo()).orElseThrow(() -> new AssertionError(lesson.id()
                + "/lesson.md claims an outcome of demo '" + claim.demo() + "', which the lesson"
                + " does not have; its demos: " + lesson.demos().stream().map(Demo::name).toList()));
        Exploration<String> found = Explorer.exhaustive(RunConfig.stepped(0), STEP_LIMIT,
                MAX_SCHEDULES, config -> outcome(demo, config));
        boolean seen = found.histogram().stream().map(Exploration.Entry::outcome)
                .anyMatch(o -> o.contains(claim.finds())
                        || o.replace("\n", " / ").contains(claim.finds()));
        assertTrue(seen, () -> "gocon lesson " + lesson.id() + " --demo " + claim.demo()
                + " --explore all does not find '" + claim.finds() + "'"
                + (found.complete() ? "" : " (" + found.message() + ")") + "; it finds:\n  "
                + found.histogram().stream().map(e -> e.outcome().replace("\n", " / "))
                        .collect(Collectors.joining("\n  "))
                + "\nMake the demo able to show it (finer scheduling points), or drop the claim.");
    }

    /** What one run comes to, as app's DemoExplorer says it. */
    private static String outcome(Demo demo, RunConfig config) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RunReport report = Go.run(config,
                () -> demo.run(new DemoContext(printed, 1, true, Map.of())));
        String output = buffer.toString(StandardCharsets.UTF_8).strip();
        return switch (report.outcome()) {
            case OK, STOPPED -> output.isEmpty() ? "(no output)" : output;
            case DEADLOCK -> "deadlock";
            case PANIC -> "panic: " + report.failure().getMessage();
            case STEP_LIMIT -> "step limit";
        };
    }
}
