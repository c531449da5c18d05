package dev.gocon.course;

import dev.gocon.course.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's Markdown, taken apart the way the course tests need it: its {@code ##} headings and
 * its fenced code blocks.
 *
 * <p>The convention it supports (in full in {@link LessonTextTest}'s javadoc, in short in
 * {@link Catalog}'s): every level-2 heading starts with one of the seven {@link #PARTS}, and the
 * parts come in that order; a long part repeats its prefix ({@code ## The Go code: directions}).
 */
public record LessonText(Lesson lesson, List<String> headings, List<Block> blocks) {

    /** The most words of prose a lesson may have, code blocks and HTML comments aside. */
    public static final int MAX_PROSE_WORDS = 1_200;

    /** The seven parts of a lesson, in order: each {@code ##} heading starts with one of them. */
    public static final List<String> PARTS = List.of(
            "The idea",
            "The analogy",
            "The Go code",
            "The Java code",
            "What to watch",
            "Common misconceptions",
            "Try this");

    /** The widest line allowed in a code block, with a tab counted as {@value #TAB} columns. */
    public static final int MAX_CODE_WIDTH = 76;

    /** How many columns a tab takes when the terminal renderer shows a code block. */
    public static final int TAB = 4;

    private static final Pattern WATCH_IT =
            Pattern.compile("// Watch it run: gocon lesson (\\S+) --demo (\\S+)");
    private static final Pattern FAILS =
            Pattern.compile("// It fails on purpose with: (.+)");
    private static final Pattern VARIES = Pattern.compile("// Output varies: \\S");
    private static final Pattern EXPLORE =
            Pattern.compile("<!--\\s*explore:\\s*([a-z0-9-]+)\\s+finds\\s+(.+?)\\s*-->");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /**
     * One fenced code block.
     *
     * @param info  the info string after the opening fence ({@code go}, {@code java}, {@code text})
     * @param code  the block's text, ending with a newline
     * @param line  the 1-based line of the opening fence in lesson.md
     * @param index the block's position among the blocks with the same info string, from 0
     * @param end   the 1-based line of the closing fence
     */
    public record Block(String info, String code, int line, int index, int end) {

        /** The demo this Go program is the same program as, from its "Watch it run" comment. */
        public Optional<String> demoName() {
            Matcher m = WATCH_IT.matcher(code);
            return m.find() ? Optional.of(m.group(2)) : Optional.empty();
        }

        /** The lesson id named in the "Watch it run" comment. */
        public Optional<String> demoLesson() {
            Matcher m = WATCH_IT.matcher(code);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        /** For a program meant to fail: the text its error output must contain. */
        public Optional<String> expectedFailure() {
            Matcher m = FAILS.matcher(code);
            return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
        }

        /** Whether a comment {@code // Output varies: REASON} excuses the program from an output block. */
        public boolean outputVaries() {
            return VARIES.matcher(code).find();
        }

        /** A short name for test reports: {@code channels go#2 (line 80)}. */
        public String label(String lessonId) {
            return lessonId + " " + info + "#" + index + " (lesson.md line " + line + ")";
        }
    }

    /**
     * The lessons the course tests check: all of them, or only those named in the system property
     * {@code gocon.lessons} (ids separated by commas), to check one lesson quickly while writing it:
     * {@code mvn test -Dtest=GoProgramsTest -Dgocon.lessons=kitchens}.
     */
    public static java.util.List<Lesson> lessonsToCheck() {
        String only = System.getProperty("gocon.lessons", "").strip();
        if (only.isEmpty()) {
            return Catalog.lessons();
        }
        Set<String> ids = Set.of(only.split("\\s*,\\s*"));
        return Catalog.lessons().stream().filter(l -> ids.contains(l.id())).toList();
    }

    /** Parses a lesson's text. */
    public static LessonText of(Lesson lesson) {
        List<String> headings = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String[] lines = lesson.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                String info = line.substring(3).strip();
                int start = i;
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].startsWith("```")) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                int index = (int) blocks.stream().filter(b -> b.info().equals(info)).count();
                blocks.add(new Block(info, code.toString(), start + 1, index, i + 1));
            } else if (line.startsWith("## ")) {
                headings.add(line.substring(3).strip());
            }
        }
        return new LessonText(lesson, List.copyOf(headings), List.copyOf(blocks));
    }

    /** The blocks whose info string is exactly {@code info}. */
    public List<Block> blocks(String info) {
        return blocks.stream().filter(b -> b.info().equals(info)).toList();
    }

    /**
     * The {@code ```output} (or {@code ```output unordered}) block that comes right after
     * {@code program}, with nothing but blank lines between them: what the program prints.
     */
    public Optional<Block> outputOf(Block program) {
        int at = blocks.indexOf(program);
        if (at < 0 || at + 1 == blocks.size()) {
            return Optional.empty();
        }
        Block next = blocks.get(at + 1);
        if (!next.info().equals("output") && !next.info().equals("output unordered")) {
            return Optional.empty();
        }
        String[] lines = lesson.text().split("\n", -1);
        for (int i = program.end(); i < next.line() - 1; i++) {
            if (!lines[i].isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(next);
    }

    /** A claim {@code <!-- explore: DEMO finds TEXT -->}: {@code --explore all} on DEMO finds TEXT. */
    public record ExploreClaim(String demo, String finds) {
    }

    /** The explore claims of the lesson, in order. */
    public List<ExploreClaim> exploreClaims() {
        return EXPLORE.matcher(lesson.text()).results()
                .map(m -> new ExploreClaim(m.group(1), m.group(2))).toList();
    }

    /**
     * The lesson's prose: its text without fenced code blocks and HTML comments (tables and
     * headings stay: they are read as prose).
     */
    public String prose() {
        StringBuilder prose = new StringBuilder();
        boolean inCode = false;
        for (String line : lesson.text().split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                prose.append(line).append('\n');
            }
        }
        return COMMENT.matcher(prose).replaceAll(" ");
    }

    /** How many words of prose the lesson has: runs of letters or digits, Markdown aside. */
    public int proseWords() {
        return (int) Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_.-]*").matcher(prose())
                .results().count();
    }

    /** The part a heading belongs to (its index in {@link #PARTS}), or -1 if none. */
    public static int partOf(String heading) {
        for (int p = 0; p < PARTS.size(); p++) {
            if (heading.startsWith(PARTS.get(p))) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The display width of a line of code: the terminal renderer shows a tab as {@value #TAB}
     * spaces and indents code by 4, so 76 columns of code fill an 80-column terminal.
     */
    public static int width(String line) {
        return line.codePointCount(0, line.length()) + (TAB - 1) * (int) line.chars()
                .filter(c -> c == '\t').count();
    }
}
