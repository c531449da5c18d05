package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Where a lesson's Go program and one of its Java demos are the same program (the Go program says
 * so in a comment: {@code // Watch it run: gocon lesson <id> --demo <name>}), both print the same.
 *
 * <p>When the demo prints the same bytes under all {@value DemoRuns#SEEDS} seeds, its output does
 * not depend on the schedule, and Go's must be exactly equal. Otherwise the order of lines depends
 * on the schedule, and the two outputs must be equal as multisets of lines.
 */
class SameProgramTest {

    @TestFactory
    @Timeout(240)
    Stream<DynamicTest> goProgramAndDemoPrintTheSame() {
        return LessonText.lessonsToCheck().stream().flatMap(lesson -> LessonText.of(lesson).blocks("go")
                .stream().filter(block -> block.demoName().isPresent())
                .map(block -> Timed.dynamicTest(block.label(lesson.id()) + " = --demo "
                        + block.demoName().get(), Duration.ofSeconds(150), () -> {
                    assertEquals(lesson.id(), block.demoLesson().orElseThrow(),
                            "the comment names another lesson");
                    Demo demo = lesson.demo(block.demoName().get()).orElseThrow(
                            () -> new AssertionError("no demo " + block.demoName().get()));
                    Set<String> outputs = new HashSet<>();
                    for (long seed = 1; seed <= DemoRuns.SEEDS; seed++) {
                        outputs.add(DemoRuns.stepped(demo, seed));
                    }
                    Assumptions.assumeTrue(GoPrograms.available(),
                            "go is not on the PATH: Go and Java outputs were not compared");
                    String java = outputs.iterator().next();
                    boolean exact = outputs.size() == 1;
                    assertTrue(exact || outputs.stream().allMatch(
                            o -> sorted(o).equals(sorted(java))),
                            "the demo prints different lines under different seeds: " + outputs);
                    // A Go program that times itself can print other figures on a loaded
                    // machine: it gets a second chance before the test fails.
                    String go = goOutput(block, false);
                    if (!same(exact, java, go)) {
                        go = goOutput(block, true);
                    }
                    if (exact) {
                        assertEquals(java, go, "Java demo (left) and Go program (right)");
                    } else {
                        assertEquals(sorted(java), sorted(go),
                                "as multisets of lines: Java demo (left) and Go program (right)");
                    }
                })));
    }

    private static String goOutput(LessonText.Block block, boolean fresh) throws Exception {
        GoPrograms.Result go = GoPrograms.run(block.code(), fresh);
        assertEquals(0, go.exitCode(), () -> "go run failed:\n" + go.stderr());
        return go.stdout();
    }

    private static boolean same(boolean exact, String java, String go) {
        return exact ? java.equals(go) : sorted(java).equals(sorted(go));
    }

    private static List<String> sorted(String output) {
        return output.lines().sorted().toList();
    }
}
