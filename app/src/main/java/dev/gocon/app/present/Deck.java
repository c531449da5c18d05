package dev.gocon.app.present;

import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * The slides of a session laid out for one screen size: a flat list of frames, one per key press.
 *
 * <p>Each slide becomes one or more pages (a slide taller than the screen is split, preferably at a
 * blank line, and the later pages' headings end in "(cont.)"); each page becomes one frame per step
 * that it reveals. Space moves to the next frame and ← to the previous one, so paging and revealing are
 * the same gesture. Slide bodies are rendered by {@link MarkdownRenderer}, one step at a time.
 */
public final class Deck {

    /** Rows that are not slide body: top margin, blank under the heading, status row, footer. */
    static final int CHROME_ROWS = 4;
    /** The widest text a slide is wrapped to, however wide the screen. */
    static final int MAX_TEXT_WIDTH = 80;

    /**
     * What the screen shows for one key press.
     *
     * @param lesson      the lesson the slide belongs to
     * @param lessonIndex its position in the session, from 0
     * @param slide       the slide's position in its lesson, from 0
     * @param step        this frame's position among its slide's frames, from 0 (to keep the place on resize)
     * @param page        the page number within the lesson, from 1: the footer's counter
     * @param pages       the number of pages in the lesson
     * @param title       true for a title slide, drawn centred
     * @param heading     the heading's lines (text and rule)
     * @param body        the body lines revealed so far
     * @param more        true if this page has more to reveal
     * @param left        the left margin that centres the slide's text block
     * @param notes       the slide's speaker notes, possibly empty
     * @param demo        the demo that {@code r} runs here
     */
    public record Frame(Lesson lesson, int lessonIndex, int slide, int step, int page, int pages, boolean title,
            List<AttributedString> heading, List<AttributedString> body, boolean more, int left,
            String notes, Optional<String> demo) {

        /** The footer's counter, such as "kitchens · 3/12". */
        public String counter() {
            return lesson.id() + " · " + page + "/" + pages;
        }
    }

    private final List<Frame> frames;
    private final int width;
    private final int height;

    private Deck(List<Frame> frames, int width, int height) {
        this.frames = List.copyOf(frames);
        this.width = width;
        this.height = height;
    }

    /** Lays out {@code lessons} for a screen of {@code width} x {@code height}. */
    public static Deck layout(List<Lesson> lessons, int width, int height, Theme theme, boolean color) {
        int textWidth = textWidth(width);
        MarkdownRenderer renderer = new MarkdownRenderer(textWidth, color);
        List<Frame> frames = new ArrayList<>();
        for (int l = 0; l < lessons.size(); l++) {
            Lesson lesson = lessons.get(l);
            List<Slide> slides = SlideSplitter.split(lesson);
            List<List<Page>> laidOut = new ArrayList<>();
            int pageCount = 0;
            for (Slide slide : slides) {
                List<Page> pages = pages(slide, renderer, theme, width, height);
                laidOut.add(pages);
                pageCount += pages.size();
            }
            int page = 0;
            for (int s = 0; s < slides.size(); s++) {
                Slide slide = slides.get(s);
                int step = 0;
                for (Page p : laidOut.get(s)) {
                    page++;
                    for (int f = 0; f < p.ends.size(); f++) {
                        List<AttributedString> body = trimTrailingBlank(p.lines.subList(0, p.ends.get(f)));
                        frames.add(new Frame(lesson, l, s, step++, page, pageCount, p.title, p.heading, body,
                                f < p.ends.size() - 1, p.left, slide.notes(), slide.demo()));
                    }
                }
            }
        }
        return new Deck(frames, width, height);
    }

    /** The columns slide text is wrapped to on a screen this wide. */
    static int textWidth(int screenWidth) {
        return Math.max(20, Math.min(screenWidth - 4, MAX_TEXT_WIDTH));
    }

    /** The number of body rows a slide has under a heading of {@code headingRows} rows. */
    static int bodyRows(int screenHeight, int headingRows) {
        return Math.max(3, screenHeight - CHROME_ROWS - headingRows);
    }

    public List<Frame> frames() {
        return frames;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The frame nearest to where {@code old} was in another layout of the same session. */
    public int indexOf(Frame old) {
        return indexOf(old.lessonIndex(), old.slide(), old.step());
    }

    /**
     * The frame nearest to a place given as lesson, slide and step (as {@link Frame} numbers them), from
     * another layout of the same session: another screen size, or another machine following it.
     */
    public int indexOf(int lessonIndex, int slide, int step) {
        int best = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.lessonIndex() < lessonIndex
                    || f.lessonIndex() == lessonIndex && f.slide() < slide
                    || f.lessonIndex() == lessonIndex && f.slide() == slide && f.step() <= step) {
                best = i;
            }
        }
        return best;
    }

    private record Page(boolean title, List<AttributedString> heading, List<AttributedString> lines,
            List<Integer> ends, int left) {
    }

    private static List<Page> pages(Slide slide, MarkdownRenderer renderer, Theme theme, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        List<Integer> stepEnds = new ArrayList<>();
        for (String step : slide.steps()) {
            List<AttributedString> rendered = trimTrailingBlank(trimLeadingBlank(renderer.render(step)));
            if (!rendered.isEmpty() && !lines.isEmpty()) {
                lines.add(AttributedString.EMPTY);
            }
            rendered.forEach(line -> lines.add(theme.apply(line)));
            stepEnds.add(lines.size());
        }
        String level = slide.title() ? "# " : "## ";
        List<AttributedString> heading = styled(renderer.render(level + slide.heading()), theme);
        if (slide.heading().isEmpty()) {
            heading = List.of();
        }
        List<AttributedString> contHeading = styled(renderer.render(level + slide.heading() + " (cont.)"), theme);
        int rows = bodyRows(height, Math.max(heading.size(), contHeading.size()));
        int block = 0;
        for (AttributedString line : lines) {
            block = Math.max(block, line.columnLength());
        }
        for (AttributedString line : contHeading) {
            block = Math.max(block, line.columnLength());
        }
        int left = Math.max(0, (width - Math.min(block, textWidth(width))) / 2);

        if (slide.title() && lines.size() <= rows) {
            return List.of(new Page(true, heading, lines, stepEnds, left));
        }
        List<Page> pages = new ArrayList<>();
        int start = 0;
        int n = lines.size();
        do {
            while (start < n && lines.get(start).length() == 0) {
                start++;
            }
            int end = Math.min(n, start + rows);
            if (end < n) {
                for (int i = end; i > start + rows / 2; i--) {
                    if (lines.get(i).length() == 0) {
                        end = i;
                        break;
                    }
                }
            }
            List<Integer> ends = new ArrayList<>();
            for (int stepEnd : stepEnds) {
                int visible = Math.min(stepEnd, end) - start;
                if (visible > 0 && (ends.isEmpty() || ends.getLast() < visible)
                        && !trimTrailingBlank(lines.subList(start, start + visible)).isEmpty()) {
                    ends.add(visible);
                }
            }
            if (ends.isEmpty()) {
                ends.add(Math.max(0, end - start));
            }
            pages.add(new Page(false, pages.isEmpty() ? heading : contHeading,
                    List.copyOf(lines.subList(start, end)), ends, left));
            start = end;
        } while (start < n);
        return pages;
    }

    private static List<AttributedString> styled(List<AttributedString> lines, Theme theme) {
        return lines.stream().map(theme::apply).toList();
    }

    private static List<AttributedString> trimLeadingBlank(List<AttributedString> lines) {
        int from = 0;
        while (from < lines.size() && lines.get(from).length() == 0) {
            from++;
        }
        return lines.subList(from, lines.size());
    }

    static List<AttributedString> trimTrailingBlank(List<AttributedString> lines) {
        int to = lines.size();
        while (to > 0 && lines.get(to - 1).length() == 0) {
            to--;
        }
        return lines.subList(0, to);
    }
}
