package dev.gocon.go;

/**
 * What happens when a goroutine started outside any run panics (a plain {@code main} method that calls
 * {@link Go#go} without {@link Go#run}).
 *
 * <p>Go prints the panic and ends the process with status 2. A library should not end the process
 * it runs in, so by default gocon only prints ({@link #print}) and the panicking goroutine ends; a
 * program that wants Go's behaviour installs a handler that also exits, with
 * {@link Go#setUncaughtPanicHandler}. Panics inside a run never reach the handler: the run ends and
 * reports them.
 */
@FunctionalInterface
public interface UncaughtPanicHandler {

    /** Called on the panicking goroutine's thread, after its body ended with {@code panic}. */
    void panicked(Goroutine goroutine, Panic panic);

    /**
     * Prints the panic on standard error as Go does ({@code panic: <message>}, a blank line, then
     * {@code goroutine <id> [running]:}), followed by the Java stack trace of what was thrown.
     */
    static void print(Goroutine goroutine, Panic panic) {
        System.err.println("panic: " + panic.getMessage() + "\n\ngoroutine " + goroutine.id() + " [running]: "
                + goroutine);
        (panic.getCause() == null ? panic : panic.getCause()).printStackTrace();
    }
}
