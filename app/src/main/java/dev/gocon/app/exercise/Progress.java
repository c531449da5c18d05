package dev.gocon.app.exercise;

import dev.gocon.app.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the learner has done: per exercise, whether it is done, how many hints were shown and whether
 * they gave up; which lesson and exercise they are on; and where they left each lesson's walk.
 * Immutable: each change returns a new value.
 *
 * @param lesson    the current lesson id, or null
 * @param exercise  the current exercise id ({@code lesson/name}), or null
 * @param exercises the record of every exercise touched, by id
 * @param places    per lesson id, the heading of the section where the learner left its walk
 *                  ({@code gocon lesson <id>} offers to go back there)
 */
public record Progress(String lesson, String exercise, Map<String, Entry> exercises, Map<String, String> places) {

    /** The current schema of {@code progress.json}. A file with a newer one is never overwritten. */
    public static final int SCHEMA = 1;

    /** Nothing done yet. */
    public static final Progress EMPTY = new Progress(null, null, Map.of(), Map.of());

    /**
     * One exercise's record.
     *
     * @param done      the check passed (or the answer was right) at least once
     * @param hintsUsed how many hints were shown
     * @param gaveUp    the solution was shown with {@code solution --give-up} before a pass
     */
    public record Entry(boolean done, int hintsUsed, boolean gaveUp) {

        public static final Entry NEW = new Entry(false, 0, false);
    }

    public Progress {
        exercises = Map.copyOf(exercises);
        places = Map.copyOf(places);
    }

    /** Progress with no remembered places in lessons. */
    public Progress(String lesson, String exercise, Map<String, Entry> exercises) {
        this(lesson, exercise, exercises, Map.of());
    }

    /** Where the learner left the walk through {@code lessonId}: a section heading. */
    public Optional<String> place(String lessonId) {
        return Optional.ofNullable(places.get(lessonId));
    }

    /** The same progress with the place in {@code lessonId} set to {@code heading}, or forgotten if null. */
    public Progress withPlace(String lessonId, String heading) {
        Map<String, String> copy = new LinkedHashMap<>(places);
        if (heading == null) {
            copy.remove(lessonId);
        } else {
            copy.put(lessonId, heading);
        }
        return new Progress(lesson, exercise, exercises, copy);
    }

    /** This exercise's record, or {@link Entry#NEW}. */
    public Entry entry(String id) {
        return exercises.getOrDefault(id, Entry.NEW);
    }

    public Optional<String> currentLesson() {
        return Optional.ofNullable(lesson);
    }

    public Optional<String> currentExercise() {
        return Optional.ofNullable(exercise);
    }

    /** The same progress with one exercise's record changed. */
    public Progress with(String id, UnaryOperator<Entry> change) {
        Map<String, Entry> copy = new LinkedHashMap<>(exercises);
        copy.put(id, change.apply(entry(id)));
        return new Progress(lesson, exercise, copy, places);
    }

    /** The same progress with this exercise's record forgotten. */
    public Progress without(String id) {
        Map<String, Entry> copy = new LinkedHashMap<>(exercises);
        copy.remove(id);
        return new Progress(lesson, exercise, copy, places);
    }

    /** The same progress, on another lesson and exercise (either may be null). */
    public Progress at(String lessonId, String exerciseId) {
        return new Progress(lessonId, exerciseId, exercises, places);
    }

    /** The JSON tree of this progress, as {@code progress.json} holds it. */
    Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", (long) SCHEMA);
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("lesson", lesson);
        current.put("exercise", exercise);
        root.put("current", current);
        Map<String, Object> all = new LinkedHashMap<>();
        exercises.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("done", e.getValue().done());
            one.put("hintsUsed", (long) e.getValue().hintsUsed());
            one.put("gaveUp", e.getValue().gaveUp());
            all.put(e.getKey(), one);
        });
        root.put("exercises", all);
        if (!places.isEmpty()) {
            Map<String, Object> where = new LinkedHashMap<>();
            places.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> where.put(e.getKey(), e.getValue()));
            root.put("places", where);
        }
        return root;
    }

    /** Reads the JSON tree of {@code progress.json}; fails with a reason when it is not one. */
    static Progress fromJson(Object json) throws Json.MalformedException {
        Map<?, ?> root = object(json, "the file");
        Object schema = root.get("schema");
        if (!(schema instanceof Long version)) {
            throw new Json.MalformedException("no schema version");
        }
        if (version > SCHEMA) {
            throw new NewerSchemaException(version);
        }
        Map<?, ?> current = object(orEmpty(root.get("current")), "current");
        Map<?, ?> all = object(orEmpty(root.get("exercises")), "exercises");
        Map<?, ?> where = object(orEmpty(root.get("places")), "places");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : all.entrySet()) {
            Map<?, ?> one = object(e.getValue(), (String) e.getKey());
            entries.put((String) e.getKey(), new Entry(
                    bool(one.get("done")), (int) number(one.get("hintsUsed")), bool(one.get("gaveUp"))));
        }
        Map<String, String> places = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : where.entrySet()) {
            String heading = text(e.getValue());
            if (heading != null) {
                places.put((String) e.getKey(), heading);
            }
        }
        return new Progress(text(current.get("lesson")), text(current.get("exercise")), entries, places);
    }

    /** The file was written by a newer gocon: it must be neither read as ours nor overwritten. */
    public static final class NewerSchemaException extends RuntimeException {
        NewerSchemaException(long version) {
            super("your progress file was written by a newer gocon (its schema is " + version
                    + ", this gocon reads " + SCHEMA + "); update gocon to carry on from it");
        }
    }

    private static Map<?, ?> object(Object value, String what) throws Json.MalformedException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new Json.MalformedException(what + " is not an object");
    }

    private static Object orEmpty(Object value) {
        return value == null ? Map.of() : value;
    }

    private static boolean bool(Object value) throws Json.MalformedException {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new Json.MalformedException("expected true or false, found " + value);
    }

    private static long number(Object value) throws Json.MalformedException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
            return n;
        }
        throw new Json.MalformedException("expected a count, found " + value);
    }

    private static String text(Object value) throws Json.MalformedException {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new Json.MalformedException("expected a string, found " + value);
    }
}
