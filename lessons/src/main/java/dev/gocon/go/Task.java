package dev.gocon.go;

/**
 * The body of a goroutine: a {@code func()} that may fail.
 *
 * <p>Go equivalent: the function literal after {@code go}. Unlike {@link Runnable}, {@link #run} may
 * throw any exception; one that escapes a goroutine ends the run as a panic.
 */
@FunctionalInterface
public interface Task {

    /** Does the work. */
    void run() throws Exception;
}
