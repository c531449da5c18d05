package dev.gocon.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged jar is lean, and every class in it can go into the AOT cache. */
class JarIT {

    private static final Path JAR = Path.of("target/gocon.jar");

    @Test
    void noClassFileIsOlderThanJava6SoTheAotCacheCanHoldThemAll() throws IOException {
        List<String> old = new ArrayList<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        byte[] header = in.readNBytes(8);
                        int major = (header[6] & 0xff) << 8 | header[7] & 0xff;
                        if (major < 50) {
                            old.add(entry.getName() + " (class file version " + major + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), old);
    }

    /**
     * The only native code is JLine's terminal library for the 64-bit platforms Java 25 runs on (the
     * terminal opens through it: see Console), and none of JLine's modules that gocon does not use.
     */
    @Test
    void carriesOnlyTheTerminalsNativeLibraryAndNoUnusedJLineModules() throws IOException {
        List<String> unwanted = new ArrayList<>();
        int terminalLibraries = 0;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                boolean nativeCode = name.matches(".*\\.(so|dll|jnilib|dylib)");
                if (nativeCode && name.matches("org/jline/nativ/[^/]+/(x86_64|arm64|ppc64)/[^/]+")) {
                    terminalLibraries++;
                } else if (nativeCode || name.startsWith("org/jline/builtins/")
                        || name.startsWith("org/jline/console/") || name.startsWith("picocli/shell/")) {
                    unwanted.add(name);
                }
            }
        }
        assertEquals(List.of(), unwanted);
        assertTrue(terminalLibraries > 0, "the terminal's library for this machine is in the jar");
    }
}
