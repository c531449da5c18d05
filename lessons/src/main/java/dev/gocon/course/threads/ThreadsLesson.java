package dev.gocon.course.threads;

import dev.gocon.course.Lesson;

/** Lesson 3: processes, OS threads and goroutines, what each costs, and the M:N mapping. */
public final class ThreadsLesson {

    private ThreadsLesson() {
    }

    public static Lesson create() {
        return Lesson.of(ThreadsLesson.class, "threads", "Processes, threads and goroutines",
                "What a process, a thread and a goroutine are, what each costs, and how M goroutines run on N threads.",
                new CostDemo(),
                new MToNDemo());
    }
}
