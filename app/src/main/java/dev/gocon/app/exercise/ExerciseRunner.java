package dev.gocon.app.exercise;

import dev.gocon.app.exercise.harness.CheckHarness;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a learner's file: compiles it in this JVM, then runs the exercise's check on it in a child
 * JVM ({@link CheckHarness}) with a time limit, a small heap and capped output, so that nothing the
 * learner's code does (an endless loop, a deadlock, {@code System.exit}, running out of memory) can
 * harm the REPL it was started from.
 */
public final class ExerciseRunner {

    /** The child JVM's heap, in megabytes. */
    public static final int HEAP_MB = 64;
    /** How much of the learner's output is kept: 64 KB. */
    public static final int OUTPUT_CAP = 64 * 1024;

    /** What a check printed and decided. */
    public record Outcome(Verdict verdict, String output, boolean truncated) {
    }

    private final String classpath;
    private final Duration limit;
    private final ChildJvm child;

    /**
     * @param classpath gocon's classpath: the jar, or the test classpath (the runtime and the checks)
     * @param limit     how long a check may run before it is explained and killed
     */
    public ExerciseRunner(String classpath, Duration limit) {
        this(classpath, limit, false);
    }

    private ExerciseRunner(String classpath, Duration limit, boolean race) {
        this.classpath = classpath;
        this.limit = limit;
        this.child = new ChildJvm(List.of("-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-D" + CheckHarness.RACE_PROPERTY + "=" + race), OUTPUT_CAP);
    }

    /** This runner with the race detector on in every run of the check ({@code gocon check --race}). */
    public ExerciseRunner withRaceDetector() {
        return new ExerciseRunner(classpath, limit, true);
    }

    /** A runner over this JVM's own classpath. */
    public static ExerciseRunner ofThisJvm(Duration limit) {
        return new ExerciseRunner(System.getProperty("java.class.path"), limit);
    }

    /**
     * Compiles {@code source} (declaring public class {@code className}) and runs {@code checkClass} on it.
     *
     * @throws InterruptedException if interrupted (Ctrl-C); the child JVM is killed first
     */
    public Outcome check(Path source, String className, String checkClass) throws InterruptedException {
        return check(source, className, checkClass, null);
    }

    /**
     * As {@link #check(Path, String, String)}, under only this seed of the stepped scheduler when
     * {@code replaySeed} is not null (for a check of code that uses the runtime).
     */
    public Outcome check(Path source, String className, String checkClass, Long replaySeed)
            throws InterruptedException {
        if (!Files.isRegularFile(source)) {
            return new Outcome(new Verdict.Failed(source + " does not exist; 'gocon exercises init' creates it"),
                    "", false);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("gocon-check-");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> errors = new LearnerCompiler(classpath).compile(source, classes);
            if (!errors.isEmpty()) {
                return new Outcome(new Verdict.CompileFailed(errors), "", false);
            }
            Path verdictFile = work.resolve("verdict");
            // The child explains a timeout itself at the limit; the parent's own limit is the backstop.
            ChildJvm.Result result = child.run(classpath + File.pathSeparator + classes,
                    CheckHarness.class.getName(),
                    arguments(verdictFile, className, checkClass, replaySeed),
                    limit.plusSeconds(3));
            return new Outcome(verdict(verdictFile, result), result.output(), result.truncated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private List<String> arguments(Path verdictFile, String className, String checkClass, Long replaySeed) {
        List<String> args = new java.util.ArrayList<>(
                List.of(verdictFile.toString(), className, checkClass, String.valueOf(limit.toMillis())));
        if (replaySeed != null) {
            args.add(String.valueOf(replaySeed));
        }
        return args;
    }

    private Verdict verdict(Path verdictFile, ChildJvm.Result result) throws IOException {
        String line;
        try {
            line = Files.readString(verdictFile, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            line = "";
        }
        if (line.equals("PASS")) {
            return new Verdict.Passed();
        }
        if (line.startsWith("FAIL ")) {
            return new Verdict.Failed(line.substring(5));
        }
        if (line.startsWith("SEED ")) {
            String[] parts = line.split(" ", 3);
            return new Verdict.FailedWithSeed(Long.parseLong(parts[1]), parts.length > 2 ? parts[2] : "");
        }
        if (line.equals("OOM")) {
            return new Verdict.OutOfMemory(HEAP_MB);
        }
        if (line.startsWith("TIMEOUT ")) {
            return new Verdict.TimedOut(limit, line.substring(8));
        }
        if (line.equals("EXIT")) {
            return new Verdict.Exited(result.status());
        }
        if (result.killed()) {
            return new Verdict.TimedOut(limit, "the check did not answer and was killed.");
        }
        return new Verdict.Crashed(result.status());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
