package dev.gocon.course.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every exercise of the course, by lesson, in course order; looked up by qualified id
 * ({@code channels/unbuffered-send}).
 */
public final class Exercises {

    /** An exercise with the lesson it belongs to. */
    public record Entry(String lessonId, Exercise exercise) {

        /** {@code lesson/id}, the id used on the command line and in the progress file. */
        public String id() {
            return lessonId + "/" + exercise.id();
        }
    }

    private final Map<String, List<Entry>> byLesson = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();

    private Exercises(List<LessonExercises> lessons) {
        for (LessonExercises lesson : lessons) {
            if (byLesson.containsKey(lesson.lessonId())) {
                throw new IllegalArgumentException("exercises for " + lesson.lessonId() + " are registered twice");
            }
            List<Entry> entries = lesson.exercises().stream().map(e -> new Entry(lesson.lessonId(), e)).toList();
            byLesson.put(lesson.lessonId(), entries);
            all.addAll(entries);
        }
    }

    /** The registry of these lessons' exercises, in this order. */
    public static Exercises of(List<LessonExercises> lessons) {
        return new Exercises(lessons);
    }

    /** Every exercise, in course order. */
    public List<Entry> all() {
        return List.copyOf(all);
    }

    /** The lessons that have exercises, in course order. */
    public List<String> lessonIds() {
        return List.copyOf(byLesson.keySet());
    }

    /** One lesson's exercises, in order; empty for a lesson without any. */
    public List<Entry> of(String lessonId) {
        return byLesson.getOrDefault(lessonId, List.of());
    }

    /** The exercise with this qualified id ({@code lesson/id}). */
    public Optional<Entry> find(String qualifiedId) {
        return all.stream().filter(e -> e.id().equals(qualifiedId)).findFirst();
    }

    /** The exercise after this one in course order, if any. */
    public Optional<Entry> after(String qualifiedId) {
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id().equals(qualifiedId)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
