package dev.gocon.app.exercise;

import java.nio.file.Path;

/** A second process for {@link ProgressStoreTest}: adds one hint to an exercise, many times. */
public final class ProgressHammer {

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), System.err::println);
        int times = Integer.parseInt(args[2]);
        for (int i = 0; i < times; i++) {
            store.update(p -> p.with(args[1], e -> new Progress.Entry(e.done(), e.hintsUsed() + 1, e.gaveUp())));
        }
    }
}
