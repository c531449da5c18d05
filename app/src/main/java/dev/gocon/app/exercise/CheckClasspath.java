package dev.gocon.app.exercise;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * gocon's class path as a check's child JVM gets it: the same, less every reference solution
 * ({@code *.solution}), so that the learner's code cannot read the answer it is judged against.
 *
 * <p>An entry holding solutions (gocon's jar; the lessons' classes folder in a build) is replaced by a
 * copy without them, made once and kept in a cache folder under a name that changes when the entry
 * does (its path, size and time). Entries without solutions are used as they are.
 */
public final class CheckClasspath {

    private static final String SOLUTION = ".solution";

    private final Path cache;

    /** Copies go into {@code cache}, created when first needed. */
    public CheckClasspath(Path cache) {
        this.cache = cache;
    }

    /** The user's cache folder for gocon, as the launcher uses it: {@code $XDG_CACHE_HOME/gocon}. */
    public static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gocon").resolve("check-classpath");
    }

    /** {@code classpath} with every entry that holds solutions replaced by its copy without them. */
    public String withoutSolutions(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(filtered(Path.of(entry)).toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private Path filtered(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                return holdsSolutions(entry) ? copyOfFolder(entry) : entry;
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                return copyOfJar(entry);
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the check's class path from " + entry, e);
        }
    }

    private static boolean holdsSolutions(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(SOLUTION));
        }
    }

    /* A name for the copy that changes whenever the entry does. */
    private Path copyName(Path entry, String suffix) throws IOException {
        long stamp;
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                stamp = files.mapToLong(CheckClasspath::modified).max().orElse(0);
            }
        } else {
            stamp = modified(entry) ^ Files.size(entry);
        }
        String key = Integer.toHexString(entry.toAbsolutePath().toString().hashCode()) + "-" + Long.toHexString(stamp);
        return cache.resolve(entry.getFileName() + "-" + key + suffix);
    }

    /* Copies of the same entry from before it last changed: same name up to the stamp. */
    private void removeOlderCopies(Path copy) throws IOException {
        String name = copy.getFileName().toString();
        String sameEntry = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> all = Files.list(cache)) {
            all.filter(p -> p.getFileName().toString().startsWith(sameEntry) && !p.equals(copy))
                    .forEach(TemporaryFolders::delete);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Path copyOfJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().endsWith(SOLUTION))) {
                return jar;
            }
            Path copy = copyName(jar, ".jar");
            if (Files.isRegularFile(copy)) {
                return copy;
            }
            Files.createDirectories(cache);
            Path partial = Files.createTempFile(cache, "partial-", ".jar");
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file)) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    if (entry.getName().endsWith(SOLUTION)) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOlderCopies(copy);
            return copy;
        }
    }

    private Path copyOfFolder(Path folder) throws IOException {
        Path copy = copyName(folder, "");
        if (Files.isDirectory(copy)) {
            return copy;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, "partial-");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (source.toString().endsWith(SOLUTION)) {
                    continue;
                }
                Path target = partial.resolve(folder.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        try {
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // Another check made the same copy at the same time; theirs is as good.
            TemporaryFolders.delete(partial);
        }
        removeOlderCopies(copy);
        return copy;
    }
}
