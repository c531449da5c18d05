package dev.gocon.course.stress;

import dev.gocon.course.Lesson;

/** Lesson 11: 100,000 goroutines, measured; and why as many platform threads alive at once fail. */
public final class StressLesson {

    private StressLesson() {
    }

    public static Lesson create() {
        return Lesson.of(StressLesson.class, "stress", "The stress test: 100,000 goroutines",
                "100,000 goroutines measured, and OS threads side by side.",
                new StressDemo());
    }
}
