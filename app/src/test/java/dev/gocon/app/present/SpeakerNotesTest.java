package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every slide of every lesson (each {@code ##} section, as {@link SlideSplitter} cuts it) carries
 * speaker notes, {@code <!-- notes: ... -->}: what to say, what to ask the class before the reveal,
 * and, on a slide that runs a demo, the rehearsed seed ({@code seed N}, the demo's
 * {@link Demo#rehearsedSeed()}) and what it shows. An instructor who opens {@code gocon present
 * --notes} on any lesson finds something to say on every slide.
 */
class SpeakerNotesTest {

    @TestFactory
    Stream<DynamicTest> everySlideHasSpeakerNotes() {
        return Catalog.lessons().stream().map(lesson -> dynamicTest(lesson.id(), () -> {
            List<String> problems = problems(lesson);
            if (!problems.isEmpty()) {
                String message = lesson.id() + "/lesson.md:\n  " + String.join("\n  ", problems);
                fail(message);
            }
        }));
    }

    private static List<String> problems(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        for (Slide slide : SlideSplitter.split(lesson)) {
            boolean section = !slide.title() && !slide.heading().startsWith("Demo: ");
            if (!section) {
                continue;
            }
            if (slide.notes().isBlank()) {
                problems.add("'## " + slide.heading() + "' has no <!-- notes: ... --> (what to say,"
                        + " what to ask before the reveal)");
                continue;
            }
            slide.demo().flatMap(lesson::demo).ifPresent(demo -> {
                String seed = "seed " + demo.rehearsedSeed();
                if (!slide.notes().matches("(?s).*\\b" + seed + "\\b.*")) {
                    problems.add("'## " + slide.heading() + "' runs the demo " + demo.name()
                            + ": its notes should give the rehearsed seed ('" + seed
                            + "') and what it shows");
                }
            });
        }
        return problems;
    }
}
