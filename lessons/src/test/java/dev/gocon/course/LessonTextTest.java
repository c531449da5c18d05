package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gocon.course.catalog.Catalog;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@value LessonText#TAB}), so that they fit an 80-column terminal. "The idea" is at most two
 * sentences. The prose (text outside code blocks and HTML comments) has at most
 * {@value LessonText#MAX_PROSE_WORDS} words. Every {@code --demo NAME} and every option of a {@code gocon lesson ...} command in the
 * text exists.
 *
 * <p>The code blocks: every {@code ```go} block is a complete {@code package main} program
 * ({@link GoProgramsTest} vets and runs it; one that must fail says
 * {@code // It fails on purpose with: TEXT}); every {@code ```java} block is a complete compilation
 * unit without a package, whose {@code main} calls {@code Go.run} ({@link JavaSnippetsTest} compiles
 * it); pieces that are not whole programs go in {@code ```text} blocks. A Go program that is the same
 * program as a demo says {@code // Watch it run: gocon lesson <id> --demo <name>}, and
 * {@link SameProgramTest} compares their output.
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
        return LessonText.lessonsToCheck().stream().map(lesson -> {
            LessonText text = LessonText.of(lesson);
            return DynamicContainer.dynamicContainer(lesson.id(), Stream.of(
                    check(lesson, "starts with a # title", () -> startsWithTitle(text)),
                    check(lesson, "has the seven parts in order", () -> sevenParts(text)),
                    check(lesson, "has misconception callouts", () -> callouts(text)),
                    check(lesson, "code fits 80 columns", () -> codeWidth(text)),
                    check(lesson, "java and go blocks are complete programs",
                            () -> completePrograms(text)),
                    check(lesson, "states the idea in two sentences", () -> idea(text)),
                    check(lesson, "names only demos and options that exist",
                            () -> demoReferences(text)),
                    dynamicTest("has at most " + LessonText.MAX_PROSE_WORDS + " words of prose",
                            () -> proseLength(text))));
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

    /**
     * A lesson is read in one sitting: at most {@value LessonText#MAX_PROSE_WORDS} words outside
     * code blocks and HTML comments (tables count).
     */
    private static void proseLength(LessonText text) {
        int words = text.proseWords();
        assertTrue(words <= LessonText.MAX_PROSE_WORDS, () -> text.lesson().id() + "/lesson.md has "
                + words + " words of prose, more than " + LessonText.MAX_PROSE_WORDS
                + ": cut repetition, refer to the glossary and to earlier lessons, or split it in two");
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

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z*`(]|\\s*$)");

    /**
     * "The idea" states the idea in (at most) two sentences. A sentence ends with '.', '!' or '?'
     * followed by the end of the section or by a word that starts a sentence; inline code is
     * skipped, so that {@code `wg.Wait()`} does not end one, and so are HTML comments (speaker
     * notes).
     */
    private static void idea(LessonText text) {
        String md = text.lesson().text();
        int start = md.indexOf("\n## The idea");
        assertTrue(start >= 0, "no '## The idea' section");
        int body = md.indexOf('\n', start + 1);
        int end = md.indexOf("\n## ", body);
        String idea = md.substring(body, end < 0 ? md.length() : end)
                .replaceAll("(?s)<!--.*?-->", "").replaceAll("`[^`]*`", "code").strip();
        long sentences = SENTENCE_END.matcher(idea).results().count();
        assertTrue(sentences >= 1 && sentences <= 2,
                "The idea should be two sentences, found " + sentences + ":\n" + idea);
    }

    private static final Pattern LESSON_DEMO =
            Pattern.compile("gocon lesson ([a-z0-9-]+)((?: --?[a-z-]+(?: [^\\s`-][^\\s`]*)?)*)");
    private static final Pattern DEMO = Pattern.compile("--demo ([a-z0-9-]+)");
    private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z-]*)");
    /** The options of {@code gocon lesson} (app's LessonRun and the global ones). */
    private static final Set<String> RUN_OPTIONS = Set.of("--demo", "--text", "--seed", "--step",
            "--explore", "--race", "--procs", "--pace", "--trace", "--trace-out", "--no-times", "--record",
            "--no-color", "--stacktrace");

    /**
     * Every {@code --demo NAME} in the text names a demo of the lesson (or of the lesson named in
     * {@code gocon lesson <id> --demo NAME}), and every other {@code --option} in a
     * {@code gocon lesson} command line is one of gocon's run options or an option of that demo.
     */
    private static void demoReferences(LessonText text) {
        List<String> problems = new ArrayList<>();
        String md = text.lesson().text();
        Matcher demos = DEMO.matcher(md);
        while (demos.find()) {
            String before = md.substring(Math.max(0, demos.start() - 40), demos.start());
            Matcher lessonId = Pattern.compile("gocon lesson ([a-z0-9-]+)[^\\n]*$").matcher(before);
            String id = lessonId.find() ? lessonId.group(1) : text.lesson().id();
            if (Catalog.find(id).flatMap(l -> l.demo(demos.group(1))).isEmpty()) {
                problems.add("no demo '" + demos.group(1) + "' in lesson " + id);
            }
        }
        Matcher commands = LESSON_DEMO.matcher(md);
        while (commands.find()) {
            String id = commands.group(1);
            Matcher demo = DEMO.matcher(commands.group(2));
            var lesson = Catalog.find(id);
            if (lesson.isEmpty()) {
                problems.add("no lesson '" + id + "'");
                continue;
            }
            Set<String> allowed = new TreeSet<>(RUN_OPTIONS);
            List<Demo> demosOfCommand = demo.find()
                    ? lesson.get().demo(demo.group(1)).stream().toList() : lesson.get().demos();
            demosOfCommand.forEach(d -> d.options().forEach(o -> allowed.add(o.name())));
            Matcher option = OPTION.matcher(commands.group(2));
            while (option.find()) {
                if (!allowed.contains(option.group(1))) {
                    problems.add("'" + commands.group().strip() + "': unknown option "
                            + option.group(1));
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(text.lesson().id() + "/lesson.md:\n  " + String.join("\n  ", problems));
        }
    }

    /** Every folder of the course that holds a lesson.md is in the catalog, under its own name. */
    @Test
    void everyLessonFolderIsInTheCatalog() throws URISyntaxException {
        File classes = new File(Catalog.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        File course = new File(classes, Lesson.class.getPackageName().replace('.', '/'));
        Set<String> folders = Arrays.stream(course.listFiles(File::isDirectory))
                .filter(dir -> new File(dir, "lesson.md").isFile())
                .map(File::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        // A Java package cannot hold a dash: the folder of lesson tcp-server is tcpserver.
        Set<String> ids = Catalog.lessons().stream().map(l -> l.id().replace("-", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(folders, ids, "lesson folders (left) and catalog ids without dashes (right) differ");
    }

    /** Ids are unique, and the course starts with the lessons whose ids are a contract. */
    @Test
    void idsAreUniqueAndInCourseOrder() {
        List<String> ids = Catalog.lessons().stream().map(Lesson::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate lesson id in " + ids);
        List<String> contract = List.of("kitchens", "parallelism", "threads", "goroutines",
                "channels", "select", "waitgroup", "mutex", "worker-pools", "pipelines", "stress",
                "scheduler", "tcp-server", "broadcast", "cancellation", "errors");
        List<String> known = ids.stream().filter(contract::contains).toList();
        assertEquals(contract.stream().filter(ids::contains).toList(), known,
                "lessons are out of course order");
    }
}
