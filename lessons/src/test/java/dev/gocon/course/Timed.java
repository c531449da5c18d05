package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Dynamic tests with a time limit. JUnit's {@code @Timeout} on a {@code @TestFactory} bounds only
 * the factory method, not the tests it returns, so every dynamic test that runs concurrent code
 * is built here instead: it fails, rather than hangs, when the code under test never finishes.
 */
final class Timed {

    private Timed() {
    }

    /** A dynamic test that fails if {@code body} takes longer than {@code limit}. */
    static DynamicTest dynamicTest(String name, Duration limit, Executable body) {
        return DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(limit, body,
                () -> name + " took longer than " + limit.toSeconds() + " s"));
    }
}
