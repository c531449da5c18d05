package dev.gocon.course.parallelism;

import dev.gocon.course.Lesson;

/** Lesson 2: CPU-bound work needs parallelism; I/O-bound work only needs concurrency. */
public final class ParallelismLesson {

    private ParallelismLesson() {
    }

    public static Lesson create() {
        return Lesson.of(ParallelismLesson.class, "parallelism", "Parallelism: when more cooks help",
                "Computing gets faster only with more carriers; waiting gets faster with overlap, even on one.",
                new ChopAndBakeDemo());
    }
}
