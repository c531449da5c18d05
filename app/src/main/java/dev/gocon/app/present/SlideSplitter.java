package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a lesson's {@code lesson.md} into slides, following the authoring conventions below.
 *
 * <p>The conventions, all invisible to {@code gocon lesson} (which hides HTML comments):
 * <ul>
 * <li><b>Slides.</b> The {@code #} heading becomes a title slide (with the lesson's summary, or the text
 *     before the first {@code ##}). Each {@code ##} heading starts a slide; {@code ###} and deeper stay
 *     inside it. A slide too tall for the screen is split by {@link Deck} into pages whose heading ends in
 *     "(cont.)".</li>
 * <li><b>Pauses.</b> A line {@code <!-- pause -->} ends a step: the slide shows what comes before it,
 *     and the next key press reveals what follows.</li>
 * <li><b>Speaker notes.</b> {@code <!-- notes: ... -->}, on one line or several, anywhere in a slide.
 *     They go to {@code --notes FILE} and never to the main screen.</li>
 * <li><b>Predict, then reveal.</b> Ask the question (for example a block quote that opens with
 *     {@code **Predict:**}) and put the answer in {@code <!-- answer: ... -->} right after it. The answer
 *     is shown, as a block quote opening with <b>Answer:</b>, on the next key press. Since
 *     {@code gocon lesson} hides comments, a reader of the lesson who should also see the answer can
 *     have it as ordinary text after a {@code <!-- pause -->} instead.</li>
 * <li><b>Demos.</b> The key {@code r} runs a demo of the lesson ({@link Lesson#demos()}) on the slide
 *     that names it: a line {@code <!-- demo: NAME -->}, or a code block containing
 *     {@code --demo NAME} (as in {@code // Watch it run: gocon lesson channels --demo rendezvous}).
 *     Otherwise the lesson's first demo goes on the slide whose heading starts with "What to watch" or
 *     "Watch it run". A demo that no slide names gets a slide of its own at the end, headed
 *     "Demo: NAME". Names of demos the lesson does not have are ignored.</li>
 * </ul>
 *
 * <p>Headings and comments inside fenced code blocks are code, not structure.
 */
public final class SlideSplitter {

    private static final Pattern COMMENT = Pattern.compile("<!--\\s*(pause|notes|answer|demo)\\b\\s*:?(.*?)-->",
            Pattern.DOTALL);
    private static final Pattern DEMO_FLAG = Pattern.compile("--demo[ =]([A-Za-z0-9][A-Za-z0-9_-]*)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");

    private SlideSplitter() {
    }

    /** The slides of a lesson, title slide first. */
    public static List<Slide> split(Lesson lesson) {
        List<Slide> slides = split(lesson.text(), lesson.summary());
        return placeDemos(slides, lesson.demos().stream().map(Demo::name).toList());
    }

    /**
     * The slides of a Markdown text, with no demos placed except by explicit name.
     *
     * @param summary the text of the title slide when the document has none before its first {@code ##}
     */
    public static List<Slide> split(String markdown, String summary) {
        List<Slide> slides = new ArrayList<>();
        Builder current = null;
        String fence = null;
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
                if (current != null) {
                    current.code(line);
                }
                continue;
            }
            if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                if (current == null) {
                    current = new Builder("", true);
                }
                current.code(line);
                continue;
            }
            if (line.startsWith("# ") && current == null) {
                current = new Builder(line.substring(2).trim(), true);
                continue;
            }
            if (line.startsWith("## ")) {
                if (current != null) {
                    slides.add(current.build(summary));
                }
                current = new Builder(line.substring(3).trim(), false);
                continue;
            }
            if (current == null) {
                current = new Builder("", true);
            }
            if (line.stripLeading().startsWith("<!--")) {
                StringBuilder comment = new StringBuilder(line);
                while (!comment.toString().contains("-->") && i + 1 < lines.length) {
                    comment.append('\n').append(lines[++i]);
                }
                current.comment(comment.toString());
                continue;
            }
            current.text(line);
        }
        if (current != null) {
            slides.add(current.build(summary));
        }
        return slides;
    }

    private static List<Slide> placeDemos(List<Slide> slides, List<String> demos) {
        List<Slide> placed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Slide slide : slides) {
            if (slide.demo().isPresent() && !demos.contains(slide.demo().get())) {
                slide = new Slide(slide.heading(), slide.title(), slide.steps(), slide.notes(), Optional.empty());
            }
            slide.demo().ifPresent(used::add);
            placed.add(slide);
        }
        for (int i = 0; i < placed.size(); i++) {
            String heading = placed.get(i).heading().toLowerCase(Locale.ROOT);
            if (placed.get(i).demo().isEmpty() && !demos.isEmpty()
                    && (heading.startsWith("what to watch") || heading.startsWith("watch it run"))) {
                placed.set(i, placed.get(i).withDemo(demos.getFirst()));
                used.add(demos.getFirst());
            }
        }
        for (String demo : demos) {
            if (!used.contains(demo)) {
                placed.add(new Slide("Demo: " + demo, false,
                        List.of("Press **r** to run the demo `" + demo + "`."), "", Optional.of(demo)));
            }
        }
        return placed;
    }

    private static final class Builder {
        private final String heading;
        private final boolean title;
        private final List<String> steps = new ArrayList<>();
        private final StringBuilder step = new StringBuilder();
        private final StringBuilder notes = new StringBuilder();
        private String demo;

        Builder(String heading, boolean title) {
            this.heading = heading;
            this.title = title;
        }

        void text(String line) {
            step.append(line).append('\n');
        }

        void code(String line) {
            text(line);
            Matcher flag = DEMO_FLAG.matcher(line);
            if (demo == null && flag.find()) {
                demo = flag.group(1);
            }
        }

        void comment(String text) {
            Matcher m = COMMENT.matcher(text);
            if (!m.find()) {
                return;
            }
            String body = m.group(2).strip();
            switch (m.group(1)) {
                case "pause" -> endStep();
                case "notes" -> notes.append(notes.isEmpty() ? "" : "\n").append(unindent(body));
                case "answer" -> {
                    endStep();
                    step.append("> **Answer:** ").append(body.replace("\n", "\n> ")).append("\n\n");
                }
                case "demo" -> demo = body.isEmpty() ? demo : body.split("\\s+")[0];
                default -> { }
            }
        }

        private void endStep() {
            steps.add(step.toString().strip());
            step.setLength(0);
        }

        Slide build(String summary) {
            endStep();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                if (!steps.get(i).isEmpty() || i == 0) {
                    kept.add(steps.get(i));
                }
            }
            if (title && kept.size() == 1 && kept.getFirst().isEmpty() && summary != null) {
                kept.set(0, "*" + summary + "*");
            }
            return new Slide(heading, title, kept, notes.toString(), Optional.ofNullable(demo));
        }

        private static String unindent(String text) {
            return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        }
    }
}
