package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gocon.course.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The course uses one analogy, the kitchen of {@code glossary.md}, and each of its words the one way
 * the glossary gives: a test fails on a lesson text, demo or exercise source that pairs a glossary
 * word with another concept.
 *
 * <p>The list of forbidden pairings is short on purpose: it catches the drifts the course has had
 * (a cook as a goroutine, goroutines named {@code cook-1}, a stove as a thread, the number of cooks
 * as {@code GOMAXPROCS}, a rail that is a WaitGroup or a run queue), and each rule says what to write
 * instead. Prose is checked with inline code taken out; code is checked whole.
 */
class GlossaryWordsTest {

    /** One forbidden pairing: where it applies, what it matches, and what to write instead. */
    private record Rule(boolean prose, boolean code, Pattern pattern, String fix) {

        static Rule everywhere(String regex, String fix) {
            return new Rule(true, true, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), fix);
        }

        static Rule inProse(String regex, String fix) {
            return new Rule(true, false, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), fix);
        }
    }

    private static final String A = "(?:a |an |the |one |its |their )?";
    private static final String IS = "\\s*(?:\\(|=|:|is|are|as|means)\\s*";

    static final List<Rule> RULES = List.of(
            Rule.everywhere("\\bcook-(?:\\d|N\\b|\"|%)|\"cooks?[- ]\"",
                    "a goroutine named after a cook: name it by its role in the story"
                            + " (chef, waiter, lemon-cake, oven-2)"),
            Rule.everywhere("\\bgo cook\\(|Go\\.go\\(\\s*\"cook",
                    "a goroutine that is a cook: a goroutine is a dish; name the function and the"
                            + " goroutine by the dish or the role"),
            Rule.everywhere("\\bcooks?" + IS + A + "goroutines?\\b|\\bgoroutines?" + IS + A
                            + "cooks?\\b",
                    "a cook paired with a goroutine: a goroutine is a dish, a cook is an OS thread"),
            Rule.everywhere("\\bstoves?" + IS + A + "(?:OS |operating[- ]system |carrier |platform )?"
                            + "threads?\\b|\\b(?:OS |carrier |platform )threads?" + IS + A + "stoves?\\b",
                    "a stove paired with a thread: a stove is a P; a thread is a cook"),
            Rule.everywhere("(?:number of|how many) cooks" + IS + "`?GOMAXPROCS|GOMAXPROCS`?" + IS
                            + "(?:the )?(?:number of|how many) cooks",
                    "GOMAXPROCS counted in cooks: GOMAXPROCS is the number of stoves (Ps)"),
            Rule.everywhere("\\brails?\\b[^.\\n]{0,40}(?:WaitGroup|wg\\.|run queue|runnable)"
                            + "|(?:WaitGroup|wg\\.|run queue|runnable)[^.\\n]{0,40}\\brails?\\b",
                    "a rail paired with a WaitGroup or a run queue: the rail is only the ticket"
                            + " rail (a buffered channel); a WaitGroup is the tally board, a run"
                            + " queue the ready shelf"),
            Rule.inProse("(?<!ticket )\\brails?\\b",
                    "a bare 'rail': write 'ticket rail', the glossary's name for a buffered channel"));

    @TestFactory
    Stream<DynamicTest> everyLessonUsesTheGlossaryWords() {
        return LessonText.lessonsToCheck().stream().map(lesson -> dynamicTest(lesson.id(),
                () -> check(lesson)));
    }

    private static void check(Lesson lesson) throws IOException {
        List<String> problems = new ArrayList<>();
        LessonText text = LessonText.of(lesson);
        scan(lesson.id() + "/lesson.md (prose)", text.prose().replaceAll("`[^`\\n]*`", "code"),
                true, problems);
        for (LessonText.Block block : text.blocks()) {
            scan(block.label(lesson.id()), block.code(), false, problems);
        }
        for (Path source : sources(lesson)) {
            scan(source.toString(), Files.readString(source), false, problems);
        }
        if (!problems.isEmpty()) {
            fail(lesson.id() + " uses glossary words another way (see gocon glossary):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static void scan(String where, String content, boolean prose, List<String> problems) {
        // Prose is one text, so that a pairing split over two lines is still seen.
        String[] lines = prose ? new String[] {content.replace('\n', ' ')} : content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : RULES) {
                if (prose ? rule.prose() : rule.code()) {
                    var m = rule.pattern().matcher(lines[i]);
                    if (m.find()) {
                        problems.add(where + (prose ? "" : " line " + (i + 1)) + ": '" + m.group()
                                + "': " + rule.fix());
                    }
                }
            }
        }
    }

    /** The demo and exercise sources of a lesson: its folder's Java files, starters and solutions. */
    private static List<Path> sources(Lesson lesson) throws IOException {
        Path folder = Path.of("src/main/java", Lesson.class.getPackageName().replace('.', '/'),
                lesson.id().replace("-", ""));
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("no folder " + folder.toAbsolutePath()));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().matches(
                    ".*\\.(java|starter|solution)$")).sorted().toList();
        }
    }
}
