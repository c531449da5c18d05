package dev.gocon.go;

/**
 * The send side of a {@link Channel}: Go's {@code chan<- T}.
 *
 * <p>Hand a function this view when it should only send. See {@link Channel} for what blocks.
 *
 * @param <T> the element type
 */
public sealed interface SendChannel<T> permits Channel {

    /** Sends {@code value}, blocking until a receiver takes it or buffer space frees. */
    void send(T value);

    /** Sends only if that need not block; returns false otherwise. */
    boolean trySend(T value);

    /** Closes the channel: no more values will be sent. */
    void close();

    /** The number of values in the buffer. */
    int len();

    /** The buffer's capacity; 0 for an unbuffered channel. */
    int cap();
}
