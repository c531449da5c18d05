package dev.gocon.course.mutex;

import dev.gocon.course.Lesson;

/** Lesson 8: mutexes, the lost update and its three fixes, and read-write locks. */
public final class MutexLesson {

    private MutexLesson() {
    }

    public static Lesson create() {
        return Lesson.of(MutexLesson.class, "mutex", "Mutexes: one goroutine at a time",
                "A lost update, three fixes (Mutex, atomic, owner goroutine), and RWMutex.",
                new LostUpdate(), new MutexFix(), new AtomicFix(), new OwnerFix());
    }
}
