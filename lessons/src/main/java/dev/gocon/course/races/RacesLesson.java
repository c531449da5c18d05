package dev.gocon.course.races;

import dev.gocon.course.Lesson;

/** Lesson: data races, happens-before, the race detector's report, and the Go memory model's rules. */
public final class RacesLesson {

    private RacesLesson() {
    }

    public static Lesson create() {
        return Lesson.of(RacesLesson.class, "races", "Data races and the memory model",
                "A race that prints the right answer, the detector's report, and happens-before.",
                new RaceDemo(), new FixedDemo(), new PassDemo(), new RailDemo());
    }
}
