package dev.gocon.course.scheduler;

import dev.gocon.course.Lesson;

/** Lesson 12: G, M and P next to virtual threads and carriers; migration, pinning, and no time slicing. */
public final class SchedulerLesson {

    private SchedulerLesson() {
    }

    public static Lesson create() {
        return Lesson.of(SchedulerLesson.class, "scheduler", "The scheduler: many goroutines on a few threads",
                "G, M, P vs carriers; migration, pinning, no time slicing.",
                new MigrateDemo(), new SpinDemo(), new PinningDemo());
    }
}
