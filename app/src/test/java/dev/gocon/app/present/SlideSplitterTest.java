package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.Lesson;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class SlideSplitterTest {

    static final String SAMPLE = """
            # Sample lesson

            ## First

            Before the pause.

            <!-- pause -->

            After the pause.

            <!-- notes: Say hello.
                 Then point at the lanes. -->

            ## Code

            ```go
            // Watch it run: gocon lesson sample --demo ticks
            ## not a heading
            <!-- pause -->
            ```

            ## Predict

            > **Predict:** which goroutine runs next?

            <!-- answer: the waiter, because the chef is blocked. -->

            Then more text.

            ## What to watch

            The lanes.
            """;

    static Demo demo(String name) {
        return new Demo() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "a demo called " + name;
            }

            @Override
            public void run(DemoContext context) {
                context.out().println(name + " ran");
            }
        };
    }

    static Lesson sample(Demo... demos) {
        return new Lesson("sample", "Sample lesson", "A lesson for tests.", SAMPLE, List.of(demos));
    }

    @Test
    void headingsMakeSlidesAndTheTitleMakesATitleSlide() {
        List<Slide> slides = SlideSplitter.split(sample());
        assertEquals(List.of("Sample lesson", "First", "Code", "Predict", "What to watch"),
                slides.stream().map(Slide::heading).toList());
        assertTrue(slides.getFirst().title());
        assertEquals(List.of("*A lesson for tests.*"), slides.getFirst().steps(), "the summary fills an empty title slide");
    }

    @Test
    void pausesMakeStepsAndNotesStayOffTheSlide() {
        Slide first = SlideSplitter.split(sample()).get(1);
        assertEquals(List.of("Before the pause.", "After the pause."), first.steps());
        assertEquals("Say hello.\nThen point at the lanes.", first.notes());
        assertFalse(String.join("\n", first.steps()).contains("hello"));
    }

    @Test
    void codeBlocksKeepHeadingsAndCommentsAsCode() {
        Slide code = SlideSplitter.split(sample()).get(2);
        assertEquals(1, code.steps().size());
        assertTrue(code.steps().getFirst().contains("## not a heading"));
        assertTrue(code.steps().getFirst().contains("<!-- pause -->"));
    }

    @Test
    void theAnswerToAPredictionIsTheNextStep() {
        Slide predict = SlideSplitter.split(sample()).get(3);
        assertEquals(2, predict.steps().size());
        assertTrue(predict.steps().get(0).startsWith("> **Predict:**"));
        assertFalse(predict.steps().get(0).contains("waiter"));
        assertTrue(predict.steps().get(1).startsWith("> **Answer:** the waiter"), predict.steps().get(1));
        assertTrue(predict.steps().get(1).contains("Then more text."));
    }

    @Test
    void demosGoOnTheSlideThatNamesThemThenOnWhatToWatchThenOnSlidesOfTheirOwn() {
        List<Slide> slides = SlideSplitter.split(sample(demo("ticks"), demo("other"), demo("third")));
        assertEquals(Optional.of("ticks"), slides.get(2).demo(), "named in a code block");
        assertEquals(Optional.of("ticks"), slides.get(4).demo(), "What to watch gets the first demo");
        assertEquals("Demo: other", slides.get(5).heading());
        assertEquals("Demo: third", slides.get(6).heading());
        assertEquals(Optional.empty(), SlideSplitter.split(sample()).get(2).demo(), "unknown demos are ignored");
    }

    @Test
    void explicitDemoCommentWins() {
        Lesson lesson = new Lesson("x", "X", "x", "# X\n\n## One\n\n<!-- demo: b -->\ntext\n", List.of(demo("a"), demo("b")));
        List<Slide> slides = SlideSplitter.split(lesson);
        assertEquals(Optional.of("b"), slides.get(1).demo());
        assertEquals("Demo: a", slides.get(2).heading());
    }

    @Test
    void aPagePerStepAndFramesRevealInOrder() {
        Deck deck = Deck.layout(List.of(sample()), 80, 24, Theme.PROJECTOR, true);
        List<Deck.Frame> first = deck.frames().stream().filter(f -> f.slide() == 1).toList();
        assertEquals(2, first.size());
        assertTrue(first.get(0).more());
        assertFalse(first.get(1).more());
        assertEquals(first.get(0).page(), first.get(1).page(), "revealing stays on the page");
        assertFalse(text(first.get(0).body()).contains("After"));
        assertTrue(text(first.get(1).body()).contains("Before the pause."));
        assertTrue(text(first.get(1).body()).contains("After the pause."));
    }

    @Test
    void aTallSlideIsSplitWithContinuedHeadings() {
        StringBuilder md = new StringBuilder("# Tall\n\n## Many lines\n\n");
        for (int i = 1; i <= 40; i++) {
            md.append("Paragraph number ").append(i).append(".\n\n");
        }
        Lesson tall = new Lesson("tall", "Tall", "t", md.toString(), List.of());
        Deck deck = Deck.layout(List.of(tall), 80, 24, Theme.PROJECTOR, true);
        List<Deck.Frame> pages = deck.frames().stream().filter(f -> f.slide() == 1).toList();
        assertTrue(pages.size() >= 4, "40 paragraphs need several pages: " + pages.size());
        assertEquals("Many lines", pages.get(0).heading().getFirst().toString());
        assertEquals("Many lines (cont.)", pages.get(1).heading().getFirst().toString());
        String all = pages.stream().map(f -> text(f.body())).reduce("", String::concat);
        for (int i = 1; i <= 40; i++) {
            assertTrue(all.contains("Paragraph number " + i + "."), "paragraph " + i + " is on a page");
        }
        assertNoOverflow(deck, 80, 24);
    }

    @Test
    void everyLessonHasSlidesThatFitEightyByTwentyFourOnAProjector() {
        for (Lesson lesson : Catalog.lessons()) {
            List<Slide> slides = SlideSplitter.split(lesson);
            assertTrue(slides.size() >= 2, lesson.id() + " has at least two slides");
            Deck deck = Deck.layout(List.of(lesson), 80, 24, Theme.PROJECTOR, true);
            assertNoOverflow(deck, 80, 24);
        }
    }

    static void assertNoOverflow(Deck deck, int width, int height) {
        for (Deck.Frame frame : deck.frames()) {
            String where = frame.counter() + " " + frame.heading();
            assertTrue(frame.body().size() <= Deck.bodyRows(height, frame.heading().size()) || frame.title(),
                    "body fits under the heading: " + where);
            List<AttributedString> rows = SlideScreen.compose(frame, width, height, Theme.PROJECTOR, null, null);
            assertEquals(height, rows.size(), where);
            for (AttributedString row : rows) {
                assertTrue(row.columnLength() <= width, "row fits in " + width + " columns: " + where + ": " + row);
                for (int i = 0; i < row.length(); i++) {
                    assertFalse(Theme.isFaint(row.styleAt(i)), "no faint text on a projector: " + where + ": " + row);
                }
            }
            String shown = text(rows);
            for (AttributedString line : frame.body()) {
                assertTrue(shown.contains(line.toString().strip()), "every body line is on screen: " + where);
            }
        }
    }

    static String text(List<AttributedString> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
