package dev.gocon.course.errors;

import dev.gocon.course.Lesson;

/** Lesson 16: results and errors from goroutines, the first error cancelling the rest, panics. */
public final class ErrorsLesson {

    private ErrorsLesson() {
    }

    public static Lesson create() {
        return Lesson.of(ErrorsLesson.class, "errors",
                "Errors from goroutines: results, first failure, panics",
                "Result channels carry a value or an error, the first error cancels the rest, a panic"
                        + " ends the run; CompletableFuture next to channels.",
                new ResultsDemo(), new FirstErrorDemo());
    }
}
