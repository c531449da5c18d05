package dev.gocon.app.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary folders of the checks in progress, deleted when a check ends and, should the JVM be
 * stopped first (Ctrl-C or TERM of a command-line {@code check}), by a shutdown hook, so that no
 * {@code gocon-check-*} folder is left behind.
 */
final class TemporaryFolders {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TemporaryFolders::delete),
                "gocon-temporary-folders"));
    }

    private TemporaryFolders() {
    }

    /** A new folder named {@code prefix...} in the temporary folder, deleted at exit if not before. */
    static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        LIVE.add(folder);
        return folder;
    }

    /** Deletes a folder and everything in it; one that cannot be deleted is left (it is temporary). */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        LIVE.remove(folder);
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
