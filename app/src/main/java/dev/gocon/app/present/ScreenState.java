package dev.gocon.app.present;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * What the presenter's screen shows, as state: enough for a follower to lay the same slide out again
 * at its own size, and the composed rows for one that cannot (a browser, an unknown lesson).
 *
 * @param lessons     the ids of the session's lessons, in order
 * @param lessonIndex the lesson shown, from 0
 * @param slide       the slide within it, from 0
 * @param step        how far the slide is revealed, from 0
 * @param status      the status row, or null
 * @param demo        the demo's picture, or null when no demo is shown
 * @param rows        the presenter's screen, row by row
 * @param width       the presenter's columns
 * @param height      the presenter's rows
 */
public record ScreenState(List<String> lessons, int lessonIndex, int slide, int step, String status,
        List<AttributedString> demo, List<AttributedString> rows, int width, int height) {

    public ScreenState {
        lessons = List.copyOf(lessons);
        demo = demo == null ? null : List.copyOf(demo);
        rows = List.copyOf(rows);
    }
}
