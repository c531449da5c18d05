package dev.gocon.go;

/**
 * The result of {@code v, ok := <-ch}: the value and whether it came from a send.
 *
 * @param value the value received, or null (Go's zero value) if {@code ok} is false
 * @param ok    true if the value was sent; false if the channel is closed and drained
 * @param <T>   the element type
 */
public record Received<T>(T value, boolean ok) {}
