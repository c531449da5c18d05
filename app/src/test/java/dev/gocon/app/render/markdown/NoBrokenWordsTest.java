package dev.gocon.app.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.Lesson;
import dev.gocon.course.exercise.Exercise;
import dev.gocon.course.catalog.ExerciseCatalog;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.course.exercise.Predict;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * No word is ever broken: every lesson, every exercise's prose and every demo's output, wrapped at
 * 40, 80 and 100 columns, holds only words of the unwrapped text.
 */
class NoBrokenWordsTest {

    private static final int[] WIDTHS = {40, 80, 100};
    /** Wide enough that nothing is wrapped: the unwrapped words. */
    private static final int UNWRAPPED = 100_000;

    @TestFactory
    Stream<DynamicTest> everyLesson() {
        return Catalog.lessons().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id(), () -> {
            Set<String> allowed = new HashSet<>();
            for (String word : words(new MarkdownRenderer(UNWRAPPED, false).render(lesson.text()))) {
                allowed.add(word);
                allowed.add(word + ":"); // a table too wide for the screen is stacked as "Header: cell"
            }
            allowed.add(":"); // ... and a column without a header as ": cell"
            for (int width : WIDTHS) {
                for (String word : words(new MarkdownRenderer(width, false).render(lesson.text()))) {
                    assertTrue(allowed.contains(word), lesson.id() + " at " + width + " columns has the broken word '"
                            + word + "'");
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExercise() {
        Exercises all = ExerciseCatalog.exercises();
        return all.all().stream().map(entry -> DynamicTest.dynamicTest(entry.id(),
                () -> prose(entry.exercise()).forEach(NoBrokenWordsTest::assertWrappedWhole)));
    }

    @TestFactory
    @Timeout(300)
    Stream<DynamicTest> everyDemo() {
        return Catalog.lessons().stream().flatMap(lesson -> lesson.demos().stream().map(demo ->
                DynamicTest.dynamicTest(lesson.id() + "/" + demo.name(), () -> {
                    assertWrappedWhole("▶ demo " + demo.name() + ": " + demo.summary());
                    assertWrappedWhole(output(demo));
                })));
    }

    private static void assertWrappedWhole(String text) {
        List<String> unwrapped = Arrays.asList(text.strip().split("\\s+"));
        for (int width : WIDTHS) {
            List<String> lines = Wrapper.wrap(text, width);
            assertEquals(unwrapped, Arrays.asList(String.join("\n", lines).strip().split("\\s+")),
                    "wrapped at " + width + " columns:\n" + String.join("\n", lines));
            for (String line : lines) {
                assertTrue(line.length() <= width || !line.strip().contains(" "),
                        "a line longer than " + width + " columns that could have been broken: " + line);
            }
        }
    }

    private static List<String> prose(Exercise exercise) {
        List<String> texts = new ArrayList<>(List.of(exercise.title(), exercise.solution()));
        texts.addAll(exercise.hints());
        switch (exercise) {
            case Predict predict -> texts.add(predict.question());
            case PlayScheduler play -> {
                texts.add(play.task());
                texts.add(play.explanation());
            }
            default -> { }
        }
        return texts;
    }

    /** What the demo prints under its rehearsed seed, and the runtime's report of how it ended. */
    private static String output(Demo demo) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RunReport report = Go.run(RunConfig.stepped(demo.rehearsedSeed()),
                () -> demo.run(new DemoContext(out, 1, true, Map.of())));
        String printed = buffer.toString(StandardCharsets.UTF_8) + report.formatLeaks();
        return report.failure() == null ? printed : printed + "\n" + report.failure().getMessage();
    }

    /** The words of rendered lines, leaving out rules and the code-continuation mark, which are drawn. */
    private static List<String> words(List<AttributedString> lines) {
        List<String> words = new ArrayList<>();
        for (AttributedString line : lines) {
            for (String word : line.toString().strip().split("\\s+")) {
                if (!word.isEmpty() && !word.equals("↪") && !word.matches("[━═╌─]+")) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
