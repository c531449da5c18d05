package dev.gocon.go;

/**
 * The run ended because every goroutine was blocked in a runtime operation and no timer was pending.
 *
 * <p>The message is Go's: {@code fatal error: all goroutines are asleep - deadlock!}, a blank line,
 * then one entry per goroutine in id order, as Go's goroutine dump prints it:
 * <pre>
 * goroutine 1 [chan receive]:
 * 	main: waiting on orders (no sender)
 * </pre>
 */
public final class Deadlock extends Panic {

    /** The first line of every deadlock message. */
    public static final String FATAL = "fatal error: all goroutines are asleep - deadlock!";

    Deadlock(String dump) {
        super(FATAL + "\n\n" + dump);
    }
}
