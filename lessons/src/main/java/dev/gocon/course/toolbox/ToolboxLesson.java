package dev.gocon.course.toolbox;

import dev.gocon.course.Lesson;

/** Lesson: sync.Cond and its channel form, semaphores, errgroup with a limit, sync.Map and sync.Pool. */
public final class ToolboxLesson {

    private ToolboxLesson() {
    }

    public static Lesson create() {
        return Lesson.of(ToolboxLesson.class, "toolbox", "The sync toolbox: Cond, semaphores, errgroup",
                "A bell or a channel, a rail of three slots as a semaphore, errgroup's limit, Map and Pool.",
                new BellDemo(), new CrawlerDemo(), new ErrGroupDemo());
    }
}
