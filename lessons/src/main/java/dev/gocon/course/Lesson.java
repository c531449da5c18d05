package dev.gocon.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One lesson of the course: its id (a contract: it is the command {@code gocon lesson <id>}), its
 * title, a one-line summary, its text in Markdown and its demos.
 *
 * <p>A lesson's text lives in {@code lesson.md} beside the class that declares the lesson, and is
 * loaded as a resource, so that a lesson is one folder. It is read when first asked for, not when the
 * course is built: {@code gocon list} shows every lesson's title and summary, and reading every
 * lesson's text for it took about a fifth of its time. (The tests read every text, so a missing one fails
 * the build, not a learner's run.)
 */
public final class Lesson {

    private final String id;
    private final String title;
    private final String summary;
    private final Supplier<String> source;
    private final List<Demo> demos;
    private volatile String text;

    public Lesson(String id, String title, String summary, String text, List<Demo> demos) {
        this(id, title, summary, constant(Objects.requireNonNull(text)), demos);
    }

    private Lesson(String id, String title, String summary, Supplier<String> source, List<Demo> demos) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.source = source;
        this.demos = List.copyOf(demos);
    }

    /** Makes a lesson whose text is the {@code lesson.md} resource beside {@code anchor}. */
    public static Lesson of(Class<?> anchor, String id, String title, String summary, Demo... demos) {
        return new Lesson(id, title, summary, () -> readText(anchor, "lesson.md"), List.of(demos));
    }

    /** The id: the command {@code gocon lesson <id>}. */
    public String id() {
        return id;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The one-line summary. */
    public String summary() {
        return summary;
    }

    /** The text in Markdown, read on the first call. */
    public String text() {
        String read = text;
        if (read == null) {
            // Two threads may both read it, and get the same text.
            read = source.get();
            text = read;
        }
        return read;
    }

    /** The lesson's demos. */
    public List<Demo> demos() {
        return demos;
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

    private static Supplier<String> constant(String text) {
        return () -> text;
    }
}
