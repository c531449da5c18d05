package dev.gocon.course.cancellation;

import dev.gocon.course.Lesson;

/** Lesson 15: Context with cancel, timeout and deadline; cancelling a tree; a leak and its fix. */
public final class CancellationLesson {

    private CancellationLesson() {
    }

    public static Lesson create() {
        return Lesson.of(CancellationLesson.class, "cancellation",
                "Cancellation: telling goroutines to stop",
                "Context with cancel, timeout and deadline, done() in a select, a tree of goroutines"
                        + " stopped by one call, and the leak that happens without it.",
                new TimeoutDemo(), new DeadlineDemo(), new TreeDemo(), new LeakDemo(),
                new NoLeakDemo());
    }
}
