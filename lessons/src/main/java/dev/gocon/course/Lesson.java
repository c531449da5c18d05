package dev.gocon.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of the course: its id (a contract: it is the command {@code gocon lesson <id>}), its
 * title, a one-line summary, its text in Markdown and its demos.
 *
 * <p>A lesson's text lives in {@code lesson.md} beside the class that declares the lesson, and is
 * loaded as a resource, so that a lesson is one folder.
 */
public record Lesson(String id, String title, String summary, String text, List<Demo> demos) {

    public Lesson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(text);
        demos = List.copyOf(demos);
    }

    /** Makes a lesson whose text is the {@code lesson.md} resource beside {@code anchor}. */
    public static Lesson of(Class<?> anchor, String id, String title, String summary, Demo... demos) {
        return new Lesson(id, title, summary, readText(anchor, "lesson.md"), List.of(demos));
    }

    /** The demo called {@code name}, if the lesson has one. */
    public Optional<Demo> demo(String name) {
        return demos.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Reads a UTF-8 resource that sits beside {@code anchor}. */
    public static String readText(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
