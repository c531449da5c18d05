package dev.gocon.go;

/**
 * A runnable goroutine at a scheduling point of a stepped run, and the operation it will do next.
 *
 * @param id     the goroutine id
 * @param name   its name, {@code ""} if none
 * @param nextOp its next operation, such as {@code send orders <- "soup" (will block: no receiver)}
 */
public record StepChoice(long id, String name, String nextOp) {

    /** {@code g3 chef-2: send orders <- "soup" (will block: no receiver)}. */
    @Override
    public String toString() {
        return (name.isEmpty() ? "g" + id : "g" + id + " " + name) + ": " + nextOp;
    }
}
