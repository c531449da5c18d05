package dev.gocon.course;

import dev.gocon.course.kitchens.KitchensLesson;
import dev.gocon.course.mutex.MutexLesson;
import dev.gocon.course.select.SelectLesson;
import dev.gocon.course.waitgroup.WaitGroupLesson;
import java.util.List;
import java.util.Optional;

/**
 * The course: every lesson, in the order a learner takes them.
 *
 * <p>Adding a lesson means adding its folder and one line here. A test fails when a lesson folder is
 * missing from this list.
 */
public final class Catalog {

    private static final List<Lesson> LESSONS = List.of(
            KitchensLesson.create(),
            SelectLesson.create(),
            WaitGroupLesson.create(),
            MutexLesson.create());

    private Catalog() {
    }

    /** All lessons, in course order. */
    public static List<Lesson> lessons() {
        return LESSONS;
    }

    /** The lesson with this id, if there is one. */
    public static Optional<Lesson> find(String id) {
        return LESSONS.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
