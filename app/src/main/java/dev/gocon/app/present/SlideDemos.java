package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;

/**
 * Makes the {@link SlideDemo} for a lesson's demo: {@link TracedSlideDemo#factory} runs it under the
 * runtime with its live lanes, using {@link DemoSettings#seedFor}; tests pass fakes.
 */
@FunctionalInterface
public interface SlideDemos {

    SlideDemo create(Lesson lesson, Demo demo, DemoSettings settings);
}
