package dev.gocon.app.share;

import dev.gocon.app.present.Deck;
import dev.gocon.app.present.ScreenState;
import dev.gocon.app.present.SlideScreen;
import dev.gocon.app.present.Theme;
import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * Draws a shared screen again at a follower's size: the same slide, laid out from the follower's own
 * copy of the lessons, with the presenter's status row and demo picture (clipped to the area it gets).
 * When a lesson is unknown here (another version of gocon), the presenter's rows are shown as they are.
 */
final class SharedSlides {

    private final Theme theme;
    private final boolean color;
    private List<String> laidOutLessons = List.of();
    private Deck deck;

    SharedSlides(Theme theme, boolean color) {
        this.theme = theme;
        this.color = color;
    }

    /** Exactly {@code height} rows of at most {@code width} columns showing {@code state}. */
    List<AttributedString> draw(ScreenState state, int width, int height) {
        Optional<Deck> laidOut = deck(state.lessons(), width, height);
        List<AttributedString> rows;
        if (laidOut.isPresent()) {
            Deck.Frame frame = laidOut.get().frames().get(laidOut.get().indexOf(state.lessonIndex(), state.slide(),
                    state.step()));
            rows = SlideScreen.compose(frame, width, height, theme, state.demo(), state.status());
        } else {
            rows = new ArrayList<>();
            for (int i = 0; i < height; i++) {
                AttributedString row = i < state.rows().size() ? state.rows().get(i) : AttributedString.EMPTY;
                rows.add(row.columnLength() <= width ? row : row.columnSubSequence(0, width));
            }
        }
        return color ? rows : rows.stream().map(row -> new AttributedString(row.toString())).toList();
    }

    private Optional<Deck> deck(List<String> ids, int width, int height) {
        if (deck != null && ids.equals(laidOutLessons) && deck.width() == width && deck.height() == height) {
            return Optional.of(deck);
        }
        List<Lesson> lessons = new ArrayList<>();
        for (String id : ids) {
            Optional<Lesson> lesson = Catalog.find(id);
            if (lesson.isEmpty()) {
                return Optional.empty();
            }
            lessons.add(lesson.get());
        }
        deck = Deck.layout(lessons, width, height, theme, color);
        laidOutLessons = ids;
        return Optional.of(deck);
    }
}
