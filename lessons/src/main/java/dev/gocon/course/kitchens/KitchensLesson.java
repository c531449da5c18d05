package dev.gocon.course.kitchens;

import dev.gocon.course.Lesson;

/** Lesson 1: concurrency and parallelism, told with four dishes, two cooks and one kitchen. */
public final class KitchensLesson {

    private KitchensLesson() {
    }

    public static Lesson create() {
        return Lesson.of(KitchensLesson.class, "kitchens", "Kitchens, cooks and dishes",
                "Concurrency is dishes in progress; parallelism is cooks at work at the same instant.",
                new FourDishes(), new InARow());
    }
}
