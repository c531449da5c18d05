package dev.gocon.course.exercise;

import dev.gocon.course.Lesson;
import java.util.List;
import java.util.Objects;

/**
 * "Write the code": the learner completes a starter file, a small Java class with a goal comment and
 * {@code TODO} markers; gocon compiles it and runs the {@link Check} named by {@link #checkClass()} on
 * it in a child JVM.
 *
 * <p>The starter and the solution sit in the lesson's folder as resources named
 * {@code <FileName>.java.starter} and {@code <FileName>.java.solution} beside {@link #anchor()}, so
 * that Maven copies them without compiling them. The learner's copy is called
 * {@code <FileName>.java} and declares the public class {@code <FileName>}, in no package.
 *
 * @param id         the id within the lesson
 * @param title      one line naming the task
 * @param anchor     a class in the lesson's folder, beside which the resources sit
 * @param fileName   the learner's file, {@code Pipeline.java}
 * @param checkClass the binary name of the {@link Check} that judges the learner's class
 * @param hints      at least one hint
 */
public record WriteCode(String id, String title, Class<?> anchor, String fileName, String checkClass,
                        List<String> hints) implements Exercise {

    public WriteCode {
        Objects.requireNonNull(anchor);
        if (fileName == null || !fileName.matches("[A-Z][A-Za-z0-9]*\\.java")) {
            throw new IllegalArgumentException(id + ": the learner's file is a class name plus .java: " + fileName);
        }
        Objects.requireNonNull(checkClass);
        hints = List.copyOf(hints);
        Exercise.validate(id, title, hints, "(the solution file)");
    }

    /** The public class the learner's file declares. */
    public String className() {
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    /** The starter file's text. */
    public String starter() {
        return Lesson.readText(anchor, fileName + ".starter");
    }

    /** The solution file's text. */
    @Override
    public String solution() {
        return Lesson.readText(anchor, fileName + ".solution");
    }
}
