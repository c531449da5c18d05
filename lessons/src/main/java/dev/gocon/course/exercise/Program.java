package dev.gocon.course.exercise;

import dev.gocon.course.DemoContext;
import java.util.Objects;

/**
 * A short program an exercise is about: the source the learner reads, and the body that runs as the
 * main goroutine of a run (native or stepped scheduler), printing through {@link DemoContext#out()}.
 *
 * @param source the program as shown to the learner (Go-flavoured Java, a dozen lines)
 * @param body   what runs
 */
public record Program(String source, Body body) {

    /** The runnable part of a program. */
    @FunctionalInterface
    public interface Body {
        void run(DemoContext context) throws Exception;
    }

    public Program {
        Objects.requireNonNull(source);
        Objects.requireNonNull(body);
    }
}
