package dev.gocon.course.pipelines;

import dev.gocon.course.Lesson;

/** Lesson 10: stages joined by channels, fan-out and fan-in, closing, and stopping early without leaks. */
public final class PipelinesLesson {

    private PipelinesLesson() {
    }

    public static Lesson create() {
        return Lesson.of(PipelinesLesson.class, "pipelines", "Pipelines: stages joined by channels",
                "Stages joined by channels; close flows down, done stops early.",
                new StagesDemo(), new FanOutDemo(), new LeakyDemo(), new DoneChannelDemo());
    }
}
