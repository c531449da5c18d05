package dev.gocon.go;

/**
 * The receive side of a {@link Channel}: Go's {@code <-chan T}. {@code for (var v : ch)} ranges over
 * it until it is closed and drained.
 *
 * <p>Hand a function this view when it should only receive. See {@link Channel} for what blocks.
 *
 * @param <T> the element type
 */
public sealed interface ReceiveChannel<T> extends Iterable<T> permits Channel {

    /** Receives a value, blocking until one is there; null once closed and drained. */
    T receive();

    /** Receives {@code v, ok}; blocks like {@link #receive()}. */
    Received<T> receiveOk();

    /** Receives only if that need not block; null if it would block. */
    Received<T> tryReceive();

    /** The number of values in the buffer. */
    int len();

    /** The buffer's capacity; 0 for an unbuffered channel. */
    int cap();
}
