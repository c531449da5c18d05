package dev.gocon.go;

/**
 * A plain, unsynchronised variable shared by goroutines, whose every access the race detector sees:
 * what a package-level {@code var counter int} is in a Go program.
 *
 * <p>Like a pot on the counter that any cook may lift the lid of or stir: nothing stops two cooks at
 * once, and nothing makes one wait for the other. Order comes only from synchronisation: a channel, a
 * mutex, a wait group, an atomic. A Java field cannot be checked without instrumenting the bytecode;
 * {@code Shared} makes the access visible, the way {@link Channel} makes a send visible.
 *
 * <pre>{@code
 * Shared<Integer> counter = Shared.of("counter", 0);    // var counter int
 * WaitGroup wg = new WaitGroup();
 * for (int i = 0; i < 2; i++) {
 *     wg.go(() -> counter.set(counter.get() + 1));      // counter++   (a data race)
 * }
 * wg.await();
 * }</pre>
 * Run with {@link RunConfig#withRaceDetector()} (or {@code --race}), the race is reported on every
 * schedule, also on those where the count comes out right.
 *
 * <p>Under the stepped scheduler each access is a scheduling point, so the interleavings that lose an
 * update are among the schedules it explores.
 *
 * <p>Memory consistency effects: none. The value is a plain field: without happens-before order, a
 * goroutine may see a stale value, exactly as the Java and Go memory models allow.
 *
 * @param <T> the value's type
 */
public final class Shared<T> {

    private final String name;
    private T value;

    private Shared(String name, T initial) {
        this.name = name;
        this.value = initial;
    }

    /** A shared variable named {@code name} (for race reports) holding {@code initial}. */
    public static <T> Shared<T> of(String name, T initial) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a shared variable needs a name, for race reports");
        }
        return new Shared<>(name, initial);
    }

    /** Reads the value: a plain read, checked by the race detector when it is on. */
    public T get() {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, s -> "read " + s.name);
        if (rt.race != null) {
            rt.race.read(g, this);
            rt.events.deliver();   // a race it found
        }
        return value;
    }

    /** Writes the value: a plain write, checked by the race detector when it is on. */
    public void set(T newValue) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, this, newValue, (s, v) -> "write " + s.name + " = " + Run.show(v));
        if (rt.race != null) {
            rt.race.write(g, this);
            rt.events.deliver();   // a race it found
        }
        value = newValue;
    }

    /** The name given to {@link #of}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
