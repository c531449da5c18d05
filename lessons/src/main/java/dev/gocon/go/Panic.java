package dev.gocon.go;

/**
 * A Go panic: a run-time error that ends the program unless recovered.
 *
 * <p>The message is Go's own text, such as {@code "send on closed channel"}. When an exception
 * escapes a goroutine, the run ends and {@link Go#run(Task)} throws a {@code Panic}: the very one the
 * runtime threw, or one wrapping the program's exception as its cause. {@link #goroutine()} then
 * names the goroutine that panicked.
 */
public class Panic extends RuntimeException {

    private volatile String goroutine = "";

    /** A panic with Go's message text. */
    public Panic(String message) {
        super(message);
    }

    /** A panic caused by an exception that escaped a goroutine. */
    public Panic(String message, Throwable cause) {
        super(message, cause);
    }

    /** The goroutine that panicked ({@code g3 chef-2}), or {@code ""} if not known yet. */
    public String goroutine() {
        return goroutine;
    }

    void goroutine(String who) {
        if (goroutine.isEmpty()) {
            goroutine = who;
        }
    }
}
