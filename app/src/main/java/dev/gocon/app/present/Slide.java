package dev.gocon.app.present;

import java.util.List;
import java.util.Optional;

/**
 * One slide cut from a lesson's {@code lesson.md}, before it is laid out for a screen.
 *
 * @param heading the slide's heading, without its {@code ##}
 * @param title   true for the title slide made from the {@code #} heading
 * @param steps   the Markdown revealed one key press at a time; the slide shows steps 0..k together.
 *                Never empty (a heading alone has one empty step).
 * @param notes   the speaker notes, or an empty string; never shown on the main screen
 * @param demo    the name of the lesson demo that {@code r} runs on this slide, if any
 */
public record Slide(String heading, boolean title, List<String> steps, String notes, Optional<String> demo) {

    public Slide {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a slide has at least one step");
        }
    }

    /** The same slide with this demo on it. */
    Slide withDemo(String name) {
        return new Slide(heading, title, steps, notes, Optional.of(name));
    }
}
