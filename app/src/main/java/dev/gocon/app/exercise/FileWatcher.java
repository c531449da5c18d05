package dev.gocon.app.exercise;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Waits until a file changes: with the file system's events when it has them, else by looking at the
 * file's time, size and content a few times a second.
 *
 * <p>Events only wake the watcher early: it also looks at the file every {@link #POLL}, so that it
 * keeps seeing changes when the file's folder is deleted and made again (which ends the folder's
 * registration; it is registered again once the folder is back).
 */
public final class FileWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(300);

    private final Path file;
    private final WatchService service;
    private WatchKey registration;
    private Object lastSeen;

    /** Watches {@code file}; {@code poll} forces polling (for file systems that send no events). */
    public FileWatcher(Path file, boolean poll) {
        this.file = file.toAbsolutePath();
        this.service = poll ? null : newService();
        register();
        this.lastSeen = stamp();
    }

    private static WatchService newService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /* Registers the file's folder if it exists and is not registered; quietly not, otherwise. */
    private void register() {
        if (service == null || (registration != null && registration.isValid())) {
            return;
        }
        try {
            registration = file.getParent().register(service, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
            registration = null;
        }
    }

    /** Blocks until the file's content may have changed since the last call. */
    public void awaitChange() throws InterruptedException {
        while (true) {
            if (service != null) {
                WatchKey key;
                try {
                    key = service.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ClosedWatchServiceException e) {
                    throw new InterruptedException("watch closed");
                }
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                register();
            } else {
                Thread.sleep(POLL);
            }
            Object now = stamp();
            if (!Objects.equals(now, lastSeen)) {
                lastSeen = now;
                return;
            }
        }
    }

    private Object stamp() {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toMillis() + ":" + Files.size(file) + ":" + Files.readString(file).hashCode();
        } catch (IOException e) {
            return "missing";
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
