package dev.gocon.app.exercise;

import dev.gocon.app.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The learner's progress on disk: {@code progress.json} in the state folder.
 *
 * <p>Safe against a crash and against a second gocon at the same time:
 * <ul>
 *   <li>a write goes to a temporary file in the same folder, is forced to disk, and is renamed over
 *       the old file in one atomic step, so a reader sees the old file or the new one, never half;</li>
 *   <li>{@link #update} holds a lock on {@code progress.json.lock} (and an in-process lock, since a
 *       file lock is per process) from its read to its rename, so two updates never lose each other;</li>
 *   <li>a file that cannot be read is moved aside to {@code progress.json.corrupt-<time>} with a
 *       one-line warning, and never overwritten; a file from a newer gocon is left alone and refused.</li>
 * </ul>
 */
public final class ProgressStore {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final Consumer<String> warnings;
    private final Clock clock;

    /**
     * A store in {@code directory}, reporting a set-aside file to {@code warnings}.
     */
    public ProgressStore(Path directory, Consumer<String> warnings) {
        this(directory, warnings, Clock.systemUTC());
    }

    ProgressStore(Path directory, Consumer<String> warnings, Clock clock) {
        this.file = directory.resolve("progress.json");
        this.lockFile = directory.resolve("progress.json.lock");
        this.warnings = warnings;
        this.clock = clock;
    }

    /** The progress file. */
    public Path file() {
        return file;
    }

    /** The progress as last written, or {@link Progress#EMPTY}. */
    public Progress read() {
        try {
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Progress.EMPTY;
        } catch (Json.MalformedException | CharacterCodingException e) {
            return locked(this::readOrSetAside);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read your progress from " + file, e);
        }
    }

    /** Reads, changes and writes the progress as one step that no other gocon can interleave with. */
    public Progress update(UnaryOperator<Progress> change) {
        return locked(() -> {
            Progress next = change.apply(readOrSetAside());
            write(next);
            return next;
        });
    }

    private Progress readOrSetAside() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Progress.EMPTY;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read your progress from " + file, e);
        }
        try {
            return parse(bytes);
        } catch (Json.MalformedException | CharacterCodingException e) {
            setAside(e.getMessage());
            return Progress.EMPTY;
        }
    }

    private static Progress parse(byte[] bytes) throws Json.MalformedException, CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        return Progress.fromJson(Json.parse(text));
    }

    private void setAside(String reason) {
        String stamp = STAMP.format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the unreadable " + file + " aside", e);
        }
        warnings.accept("gocon: " + file + " was unreadable (" + reason + "); kept it as "
                + aside.getFileName() + " and started afresh.");
    }

    /** Writes the progress to a temporary file beside the real one, forced to disk; returns its path. */
    Path writeTemporary(Progress progress) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".tmp-", "");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(Json.write(progress.toJson()).getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        return temp;
    }

    /*
     * A progress file made read-only is refused, not replaced behind the learner's back (a rename
     * would replace it, as the folder is writable). A temporary file is removed whatever fails.
     */
    private void write(Progress progress) {
        Path temp = null;
        try {
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new AccessDeniedException(file.toString());
            }
            temp = writeTemporary(progress);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            forceDirectory();
            removeLeftovers();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save your progress in " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The next successful write removes it with the other leftovers.
                }
            }
        }
    }

    /* The rename is durable only once the folder's entry is on disk; not every system allows this. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file itself is on disk already.
        }
    }

    /* Temporary files of writers that died before their rename; safe to remove while holding the lock. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(),
                file.getFileName() + ".tmp-*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private <T> T locked(java.util.function.Supplier<T> body) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return body.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock your progress file " + lockFile, e);
        } finally {
            local.unlock();
        }
    }
}
