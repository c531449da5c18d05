package dev.gocon.course.atomics;

import dev.gocon.course.Lesson;

/** Lesson: atomic counters and flags, a compare-and-swap loop, when a mutex is clearer, and Once. */
public final class AtomicsLesson {

    private AtomicsLesson() {
    }

    public static Lesson create() {
        return Lesson.of(AtomicsLesson.class, "atomics", "Atomics and sync.Once",
                "Counters and flags in one step, two steps that are not one, compare-and-swap, and Once.",
                new CounterDemo(), new FlagDemo(), new LoadStoreDemo(), new HighestDemo(), new OnceDemo());
    }
}
