package dev.gocon.course.select;

import dev.gocon.course.Lesson;

/** Lesson 6: select, waiting on several channel operations at once. */
public final class SelectLesson {

    private SelectLesson() {
    }

    public static Lesson create() {
        return Lesson.of(SelectLesson.class, "select", "Select: waiting on several channels at once",
                "Wait on several channels; among ready cases, pick one at random.",
                new FirstReady(), new Histogram(), new Timeout(), new NoWait(), new TwoCounters(),
                new ClosingTime());
    }
}
