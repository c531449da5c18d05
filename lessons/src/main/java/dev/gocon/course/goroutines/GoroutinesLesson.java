package dev.gocon.course.goroutines;

import dev.gocon.course.Lesson;

/** Lesson 4: the go statement, main returning early, waiting with a WaitGroup, and loop variables. */
public final class GoroutinesLesson {

    private GoroutinesLesson() {
    }

    public static Lesson create() {
        return Lesson.of(GoroutinesLesson.class, "goroutines", "Goroutines: starting work, and waiting for it",
                "The go statement starts work and moves on; main must wait for it, and sleeping is not waiting.",
                new MainReturnsDemo(),
                new SleepIsNotWaitingDemo(),
                new WaitGroupDemo(),
                new LoopVariableDemo());
    }
}
