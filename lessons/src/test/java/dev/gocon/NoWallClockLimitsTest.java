package dev.gocon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that no test, and no exercise check, puts an upper limit on wall-clock time.
 *
 * <p>Such a limit passes on a quiet machine and fails under load, and a flaky test blocks every
 * landing. Speed is proved from events or virtual time, and timed in benchmarks. A lower bound ("a
 * sleep of 20 ms takes at least 20 ms") cannot fail under load and is allowed, as are the generous
 * timeouts that catch hangs ({@code @Timeout}, {@code assertTimeoutPreemptively}).
 */
class NoWallClockLimitsTest {

    /** A value read from, or derived from, the real clock. */
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(took|elapsed|real|wall)\\b|nanoTime\\(\\)|currentTimeMillis\\(\\)|Instant\\.now\\(\\)");
    /** An assertion or a check's failure that compares with an upper bound. */
    private static final Pattern UPPER = Pattern.compile("(assert\\w*|if)\\s*\\(.*(<|>\\s*limit|> \\d)");

    @Test
    void noTestOrCheckAssertsAnUpperLimitOnWallClockTime() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        List<Path> roots = List.of(
                module.resolve("src/test/java"),
                module.resolve("../app/src/test/java"),
                module.resolve("src/main/java/dev/gocon/course"));
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.endsWith("NoWallClockLimitsTest.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (CLOCK.matcher(line).find() && UPPER.matcher(line).find()) {
                            found.add(module.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "upper limits on wall-clock time (flaky under load)");
    }
}
