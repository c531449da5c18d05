package dev.gocon.app.present;

import dev.gocon.course.Demo;
import dev.gocon.course.Lesson;

/**
 * Makes the {@link SlideDemo} for a lesson's demo. The real one runs the demo under the runtime with
 * its live trace, using {@link DemoSettings#seedFor}; until that runner exists,
 * {@link PrintedOutputDemo#factory()} shows the demo's printed output only.
 */
@FunctionalInterface
public interface SlideDemos {

    SlideDemo create(Lesson lesson, Demo demo, DemoSettings settings);
}
