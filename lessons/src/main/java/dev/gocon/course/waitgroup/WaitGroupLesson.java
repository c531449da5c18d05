package dev.gocon.course.waitgroup;

import dev.gocon.course.Lesson;

/** Lesson 7: wait groups, and their three classic bugs. */
public final class WaitGroupLesson {

    private WaitGroupLesson() {
    }

    public static Lesson create() {
        return Lesson.of(WaitGroupLesson.class, "waitgroup", "Wait groups: waiting for a batch of goroutines",
                "Count goroutines in, count them out, and await zero.",
                new FourDishes(), new AddInside(), new ForgotDone(), new Negative());
    }
}
