package dev.gocon.course.workerpools;

import dev.gocon.course.Lesson;

/** Lesson 9: a pool of workers on a jobs channel, the email example four ways, and rate limiting. */
public final class WorkerPoolsLesson {

    private WorkerPoolsLesson() {
    }

    public static Lesson create() {
        return Lesson.of(WorkerPoolsLesson.class, "worker-pools", "Worker pools: a fixed crew for a long list of jobs",
                "Workers share a jobs channel; size by what the jobs wait for.",
                new PoolDemo(), new EmailsDemo(), new RateLimitDemo());
    }
}
