package dev.gocon.course.exercise;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The exercises of one lesson, in the order the learner takes them: what a lesson folder's
 * {@code XxxExercises.create()} returns.
 *
 * @param lessonId  the lesson's id ({@code channels})
 * @param exercises the exercises, ids unique
 */
public record LessonExercises(String lessonId, List<Exercise> exercises) {

    public LessonExercises {
        Objects.requireNonNull(lessonId);
        exercises = List.copyOf(exercises);
        Set<String> seen = new HashSet<>();
        for (Exercise exercise : exercises) {
            if (!seen.add(exercise.id())) {
                throw new IllegalArgumentException(lessonId + ": two exercises are called " + exercise.id());
            }
        }
    }

    public static LessonExercises of(String lessonId, Exercise... exercises) {
        return new LessonExercises(lessonId, List.of(exercises));
    }
}
