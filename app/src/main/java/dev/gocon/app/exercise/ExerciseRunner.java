package dev.gocon.app.exercise;

import dev.gocon.app.exercise.harness.CheckHarness;
import dev.gocon.app.term.AsTyped;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a learner's file: compiles it in this JVM, refuses calls a check cannot allow
 * ({@link ForbiddenCalls}), then runs the exercise's check on it in a child JVM ({@link CheckHarness})
 * so that nothing the learner's code does (an endless loop, a deadlock, running out of memory, a
 * flood of threads or output) can harm the REPL it was started from, or pass the check without
 * solving it.
 *
 * <p>The child runs with a small heap, a cap on its platform threads and on the output kept, in a
 * working folder of its own; its class path has no reference solutions ({@link CheckClasspath}); its
 * verdict comes back on a channel the learner's code cannot reach ({@link VerdictChannel}). Every
 * run's folder ({@code gocon-check-*} in the temporary folder) is deleted when the check ends, however
 * it ends.
 */
public final class ExerciseRunner {

    /** The child JVM's heap, in megabytes. */
    public static final int HEAP_MB = 64;
    /** How much of the learner's output is kept: 64 KB. */
    public static final int OUTPUT_CAP = 64 * 1024;
    /* How long the verdict may take to arrive after the child ended. */
    private static final Duration VERDICT_GRACE = Duration.ofSeconds(5);

    /** What a check printed and decided. */
    public record Outcome(Verdict verdict, String output, boolean truncated) {
    }

    private final String classpath;
    private final Duration limit;
    private final ChildJvm child;
    private final CheckClasspath childClasspath;

    /**
     * @param classpath gocon's classpath: the jar, or the test classpath (the runtime and the checks)
     * @param limit     how long a check may run before it is explained and killed
     */
    public ExerciseRunner(String classpath, Duration limit) {
        this(classpath, limit, false);
    }

    /*
     * Where the check's JVM writes its report if the JVM itself fails (status 134): outside the check's
     * own folder, which is removed when the check ends, so that the report survives for a bug report.
     */
    static final String CRASH_LOG = System.getProperty("java.io.tmpdir") + "/gocon-check-crash-%p.log";

    private ExerciseRunner(String classpath, Duration limit, boolean race) {
        this.classpath = classpath;
        this.limit = limit;
        this.childClasspath = new CheckClasspath(CheckClasspath.defaultCache());
        this.child = new ChildJvm(List.of("-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-XX:-UsePerfData", "-Djava.awt.headless=true", "-XX:ErrorFile=" + CRASH_LOG,
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
            return new Outcome(new Verdict.Failed(source + " does not exist; '" + AsTyped.command("exercises init")
                    + "' creates it"), "", false);
        }
        Path work = null;
        try {
            work = TemporaryFolders.create("gocon-check-");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> errors = new LearnerCompiler(classpath).compile(source, classes);
            if (!errors.isEmpty()) {
                return new Outcome(new Verdict.CompileFailed(errors), "", false);
            }
            List<ForbiddenCalls.Refusal> refused = ForbiddenCalls.scan(classes);
            if (!refused.isEmpty()) {
                return new Outcome(new Verdict.Refused(refused.getFirst().describe(), refused.size() - 1), "", false);
            }
            Path run = Files.createDirectories(work.resolve("run"));
            try (VerdictChannel channel = VerdictChannel.open(work.resolve("verdict.sock"))) {
                // The child explains a timeout itself at the limit; the parent's own limit is the backstop,
                // with room for a slow start of the child JVM on a loaded machine.
                ChildJvm.Result result = child.run(childClasspath.withoutSolutions(classpath) + File.pathSeparator
                                + classes, CheckHarness.class.getName(), arguments(className, checkClass, replaySeed),
                        run, channel.invitation(), limit.plusSeconds(30));
                return new Outcome(verdict(channel.verdict(VERDICT_GRACE), result), result.output(),
                        result.truncated());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryFolders.delete(work);
        }
    }

    private List<String> arguments(String className, String checkClass, Long replaySeed) {
        List<String> args = new ArrayList<>(List.of(className, checkClass, String.valueOf(limit.toMillis())));
        if (replaySeed != null) {
            args.add(String.valueOf(replaySeed));
        }
        return args;
    }

    private Verdict verdict(String line, ChildJvm.Result result) {
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
        if (line.startsWith("THREADS ")) {
            return new Verdict.TooManyThreads(CheckHarness.THREAD_CAP);
        }
        if (line.startsWith("TIMEOUT ")) {
            String explanation = line.substring(8);
            return new Verdict.TimedOut(limit, result.truncated()
                    ? "it printed more than the " + OUTPUT_CAP / 1024 + " KB kept and " + explanation : explanation);
        }
        if (line.equals("EXIT")) {
            return new Verdict.Exited(result.status());
        }
        if (result.killed()) {
            return new Verdict.TimedOut(limit, "the check did not answer and was killed.");
        }
        return new Verdict.Crashed(result.status());
    }
}
