package dev.gocon.sched;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A warning printed at most once per process, to the standard error stream of the moment.
 *
 * <p>The native scheduler uses one for goroutines outside any run that park on a platform thread
 * ({@link #PLATFORM_THREAD}): a program that forgets {@code Go.run} runs every hand-over through the
 * operating system, about 100 times slower, and would otherwise get no word about why. Internal.
 */
final class OnceWarning {

    static final OnceWarning PLATFORM_THREAD = new OnceWarning(
            "gocon: warning: a channel or lock was used from a platform thread outside Go.run; use Go.run:"
                    + " outside it every hand-over parks an OS thread (about 100 times slower)");

    private final String message;
    private final AtomicBoolean printed = new AtomicBoolean();

    OnceWarning(String message) {
        this.message = message;
    }

    /** Prints the warning to {@code System.err} unless it was printed before. */
    void warn() {
        if (printed.compareAndSet(false, true)) {
            PrintStream err = System.err;
            err.println(message);
        }
    }

    /** The text of the warning. */
    String message() {
        return message;
    }

    /** Forgets that the warning was printed (tests). */
    void reset() {
        printed.set(false);
    }
}
