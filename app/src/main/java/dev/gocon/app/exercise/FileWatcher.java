package dev.gocon.app.exercise;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;

/**
 * Waits until a file changes: with the file system's events when it has them, else by looking at the
 * file's time and size a few times a second.
 */
public final class FileWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(300);

    private final Path file;
    private final WatchService service;
    private Object lastSeen;

    /** Watches {@code file}; {@code poll} forces polling (for file systems that send no events). */
    public FileWatcher(Path file, boolean poll) {
        this.file = file.toAbsolutePath();
        this.service = poll ? null : register(this.file.getParent());
        this.lastSeen = stamp();
    }

    /** True if the file system's events are used, false if polling. */
    public boolean usesEvents() {
        return service != null;
    }

    private static WatchService register(Path dir) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            dir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            return service;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Blocks until the file's content may have changed since the last call. */
    public void awaitChange() throws InterruptedException {
        while (true) {
            if (service != null) {
                WatchKey key;
                try {
                    key = service.take();
                } catch (ClosedWatchServiceException e) {
                    throw new InterruptedException("watch closed");
                }
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= file.getFileName().equals(event.context());
                }
                key.reset();
                if (!ours) {
                    continue;
                }
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
