package dev.gocon.app.errors;

/**
 * A failure to report to the user as one line, with the exit code to leave with.
 *
 * <p>Commands throw this for every failure they foresee (a file that cannot be written, a port in use).
 * The command line's error handler prints its message without a stack trace, unless
 * {@code --stacktrace} was given.
 */
public final class GoconException extends RuntimeException {

    private final int exitCode;

    public GoconException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public GoconException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A failure of the command (exit code 1). */
    public static GoconException failure(String message) {
        return new GoconException(ExitCode.FAILURE, message);
    }

    /** A mistake on the command line (exit code 2). */
    public static GoconException usage(String message) {
        return new GoconException(ExitCode.USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
