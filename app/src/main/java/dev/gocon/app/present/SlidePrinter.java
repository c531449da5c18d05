package dev.gocon.app.present;

import dev.gocon.course.Lesson;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.jline.utils.AttributedString;

/**
 * {@code gocon present --print}: the slides one after another as text, each fully revealed, under a
 * rule with its counter. For handouts, for checking a lesson's slides in a pipe, and for tests.
 * Speaker notes are left out.
 */
public final class SlidePrinter {

    private SlidePrinter() {
    }

    /**
     * @param render how a styled line is written: {@code toAnsi()} with colour, {@code toString()} without
     */
    public static void print(List<Lesson> lessons, int width, int height, Theme theme, boolean color,
            Function<AttributedString, String> render, PrintWriter out) {
        Deck deck = Deck.layout(lessons, width, height, theme, color);
        for (Deck.Frame frame : deck.frames()) {
            if (frame.more()) {
                continue;
            }
            String label = " " + frame.counter() + " ";
            out.println("──" + label + "─".repeat(Math.max(2, Math.min(width, 80) - label.length() - 2)));
            out.println();
            for (AttributedString line : frame.heading()) {
                out.println(render.apply(line));
            }
            if (!frame.heading().isEmpty()) {
                out.println();
            }
            for (AttributedString line : frame.body()) {
                out.println(render.apply(line));
            }
            if (frame.demo().isPresent()) {
                out.println();
                out.println("[demo: " + frame.demo().get() + "]");
            }
            out.println();
        }
        out.flush();
    }
}
