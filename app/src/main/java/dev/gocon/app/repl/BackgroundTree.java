package dev.gocon.app.repl;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The prompt's command tree, built on a thread of its own from the moment the prompt starts to open,
 * so that the first prompt does not wait for it: picocli builds the model of every command (one per
 * lesson too) by reflection, which takes about as long as opening the terminal.
 *
 * <p>{@link #get()} waits for the tree and throws what building it threw, as building it in place
 * would have. Building the tree reads the course and changes nothing, so building it early and
 * elsewhere changes nothing but when it is done.
 */
public final class BackgroundTree implements Supplier<CommandLine> {

    private final FutureTask<CommandLine> building;

    private BackgroundTree(FutureTask<CommandLine> building) {
        this.building = building;
    }

    /** Starts building the tree with {@code build} on a daemon thread. */
    public static BackgroundTree start(Supplier<CommandLine> build) {
        FutureTask<CommandLine> task = new FutureTask<>(build::get);
        Thread.ofPlatform().daemon().name("gocon-tree").start(task);
        return new BackgroundTree(task);
    }

    /** A tree already built. */
    public static BackgroundTree of(CommandLine tree) {
        FutureTask<CommandLine> task = new FutureTask<>(() -> tree);
        task.run();
        return new BackgroundTree(task);
    }

    /** The tree, once built; rethrows the exception or error that building it threw. */
    @Override
    public CommandLine get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return building.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case RuntimeException unchecked -> throw unchecked;
                        case Error error -> throw error;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
