package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks every lesson's text against the lesson convention.
 *
 * <p>The convention: {@code lesson.md} starts with a {@code # Title} line. Every level-2 heading
 * ({@code ## }) starts with one of the seven part names of {@link LessonText#PARTS}: "The idea", "The
 * analogy", "The Go code", "The Java code", "What to watch", "Common misconceptions", "Try this".
 * All seven appear, in that order; a long part is split into several sections that repeat its prefix
 * ({@code ## The Go code: directions}), and once a later part has begun an earlier one does not
 * return. Misconceptions are block quotes starting {@code > **Common misconception:**}. Lines in
 * code blocks are at most {@value LessonText#MAX_CODE_WIDTH} columns wide (tabs count as
 * {@value LessonText#TAB}), so that they fit an 80-column terminal.
 */
class LessonTextTest {

    /**
     * Lessons whose text is being rewritten on another branch: a failure of theirs is reported as
     * skipped, with the reason, instead of failing the build. Empty this once they have merged.
     */
    private static final Set<String> REWRITTEN_ELSEWHERE = Set.of();

    static final String CALLOUT = "> **Common misconception:**";

    @TestFactory
    Stream<DynamicNode> everyLessonFollowsTheConvention() {
        return Catalog.lessons().stream().map(lesson -> {
            LessonText text = LessonText.of(lesson);
            return DynamicContainer.dynamicContainer(lesson.id(), Stream.of(
                    check(lesson, "starts with a # title", () -> startsWithTitle(text)),
                    check(lesson, "has the seven parts in order", () -> sevenParts(text)),
                    check(lesson, "has misconception callouts", () -> callouts(text)),
                    check(lesson, "code fits 80 columns", () -> codeWidth(text)),
                    check(lesson, "java and go blocks are complete programs",
                            () -> completePrograms(text))));
        });
    }

    private static DynamicNode check(Lesson lesson, String name, Executable body) {
        return dynamicTest(name, () -> {
            try {
                body.execute();
            } catch (AssertionError e) {
                Assumptions.assumeFalse(REWRITTEN_ELSEWHERE.contains(lesson.id()),
                        lesson.id() + " is being rewritten on another branch: " + e.getMessage());
                throw e;
            }
        });
    }

    private static void startsWithTitle(LessonText text) {
        assertTrue(text.lesson().text().startsWith("# "), "lesson.md must start with '# Title'");
    }

    private static void sevenParts(LessonText text) {
        List<String> problems = new ArrayList<>();
        int current = -1;
        Set<Integer> seen = new TreeSet<>();
        for (String heading : text.headings()) {
            int part = LessonText.partOf(heading);
            if (part < 0) {
                problems.add("'## " + heading + "' starts with none of " + LessonText.PARTS);
            } else if (part < current) {
                problems.add("'## " + heading + "' comes after part '"
                        + LessonText.PARTS.get(current) + "'");
            } else {
                current = part;
                seen.add(part);
            }
        }
        for (int p = 0; p < LessonText.PARTS.size(); p++) {
            if (!seen.contains(p)) {
                problems.add("no '## " + LessonText.PARTS.get(p) + "...' section");
            }
        }
        if (!problems.isEmpty()) {
            fail(text.lesson().id() + "/lesson.md:\n  " + String.join("\n  ", problems));
        }
    }

    private static void callouts(LessonText text) {
        String md = text.lesson().text();
        int part = md.indexOf("\n## Common misconceptions");
        assertTrue(part >= 0, "no Common misconceptions section");
        assertTrue(md.indexOf(CALLOUT, part) >= 0,
                "the Common misconceptions part has no '" + CALLOUT + "' callout");
    }

    private static void codeWidth(LessonText text) {
        List<String> wide = new ArrayList<>();
        for (LessonText.Block block : text.blocks()) {
            String[] lines = block.code().split("\n");
            for (int i = 0; i < lines.length; i++) {
                int width = LessonText.width(lines[i]);
                if (width > LessonText.MAX_CODE_WIDTH) {
                    wide.add("line " + (block.line() + 1 + i) + " is " + width + " wide: "
                            + lines[i].strip());
                }
            }
        }
        if (!wide.isEmpty()) {
            fail(text.lesson().id() + "/lesson.md:\n  " + String.join("\n  ", wide));
        }
    }

    private static void completePrograms(LessonText text) {
        for (LessonText.Block go : text.blocks("go")) {
            assertTrue(go.code().startsWith("package main\n"),
                    go.label(text.lesson().id()) + " must start with 'package main'");
            assertTrue(go.code().contains("\nfunc main() {"),
                    go.label(text.lesson().id()) + " has no func main");
        }
        for (LessonText.Block java : text.blocks("java")) {
            assertTrue(java.code().contains("public static void main("),
                    java.label(text.lesson().id()) + " has no main method");
            assertTrue(java.code().contains("Go.run("),
                    java.label(text.lesson().id()) + " does not call Go.run");
        }
    }

    /** Every folder of the course that holds a lesson.md is in the catalog, under its own name. */
    @Test
    void everyLessonFolderIsInTheCatalog() throws URISyntaxException {
        File classes = new File(Catalog.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        File course = new File(classes, Catalog.class.getPackageName().replace('.', '/'));
        Set<String> folders = Arrays.stream(course.listFiles(File::isDirectory))
                .filter(dir -> new File(dir, "lesson.md").isFile())
                .map(File::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ids = Catalog.lessons().stream().map(Lesson::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(folders, ids, "lesson folders (left) and catalog ids (right) differ");
    }

    /** Ids are unique, and the course starts with the lessons whose ids are a contract. */
    @Test
    void idsAreUniqueAndInCourseOrder() {
        List<String> ids = Catalog.lessons().stream().map(Lesson::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate lesson id in " + ids);
        List<String> contract = List.of("kitchens", "parallelism", "threads", "goroutines",
                "channels", "select", "waitgroup", "mutex");
        List<String> known = ids.stream().filter(contract::contains).toList();
        assertEquals(contract.stream().filter(ids::contains).toList(), known,
                "lessons are out of course order");
    }
}
