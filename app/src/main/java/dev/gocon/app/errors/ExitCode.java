package dev.gocon.app.errors;

/** The exit codes of {@code gocon}, as the README documents them. */
public final class ExitCode {

    /** Everything went as asked. */
    public static final int OK = 0;
    /** The command ran and failed: a demo panicked, a check did not pass, a file could not be written. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: an unknown command, lesson or option, a bad value. */
    public static final int USAGE = 2;
    /** A run with {@code --race} found a data race (Go's status for it). */
    public static final int RACE = 66;
    /** Stopped by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;
    /** Ended by TERM (128 + 15), as a shell reports it: the launcher was killed. */
    public static final int TERMINATED = 143;

    private ExitCode() {
    }
}
