package dev.gocon.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Go toolchain on a lesson's Go program, offline and in a throw-away directory.
 *
 * <p>Each program gets its own module ({@code go.mod} with {@code go 1.19}, the oldest Go we
 * support), and the go command gets private {@code GOCACHE}, {@code GOPATH} and {@code HOME}
 * directories, no proxy and no toolchain download, so that it works as root in CI and without a
 * network. Programs use only the standard library.
 */
final class GoPrograms {

    /** The output of one go command. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private static final Path WORK = createWork();

    /** {@code go run} results by program text, so that two test classes do not build it twice. */
    private static final Map<String, Result> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private GoPrograms() {
    }

    /** True when a {@code go} command is on the PATH. */
    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "go")));
    }

    /**
     * The result of {@code go run} on this program: the first run's, when an earlier test already
     * ran it, unless {@code fresh} asks for a new run.
     */
    static Result run(String code, boolean fresh) throws IOException, InterruptedException {
        Result cached = fresh ? null : RUNS.get(code);
        if (cached != null) {
            return cached;
        }
        Result result = go(code, "run", 60);
        RUNS.put(code, result);
        return result;
    }

    /** Writes {@code code} as main.go of a fresh module and runs {@code go <verb> .}. */
    static Result go(String code, String verb, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path dir = module(code);
        try {
            return execute(goCommand(dir, verb, "."), dir, timeoutSeconds);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Builds {@code code} once into an executable, so that a test can run it many times without
     * paying for {@code go run} each time.
     */
    static Path build(String code) throws IOException, InterruptedException {
        Path dir = module(code);
        Path binary = dir.resolve("program");
        Result built = execute(goCommand(dir, "build", "-o", binary.toString(), "."), dir, 120);
        if (built.exitCode() != 0) {
            throw new AssertionError("go build failed:\n" + built.stderr());
        }
        return binary;
    }

    /** Runs a program that {@link #build} made. */
    static Result execute(Path binary, long timeoutSeconds) throws IOException, InterruptedException {
        return execute(new ProcessBuilder(binary.toString()), binary.getParent(), timeoutSeconds);
    }

    private static Path module(String code) throws IOException {
        Path dir = Files.createTempDirectory(WORK, "prog");
        Files.writeString(dir.resolve("go.mod"), "module lesson\n\ngo 1.19\n");
        Files.writeString(dir.resolve("main.go"), code);
        return dir;
    }

    private static ProcessBuilder goCommand(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("go"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("GOCACHE", WORK.resolve("cache").toString());
        env.put("GOPATH", WORK.resolve("gopath").toString());
        env.put("HOME", WORK.toString());
        env.put("GOFLAGS", "-mod=mod");
        env.put("GOPROXY", "off");
        env.put("GOTOOLCHAIN", "local");
        env.put("GOTELEMETRY", "off");
        env.put("GO111MODULE", "on");
        return pb;
    }

    private static Result execute(ProcessBuilder pb, Path dir, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = pb.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", pb.command()) + " ran for more than "
                    + timeoutSeconds + " s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }

    private static Path createWork() {
        try {
            Path work = Files.createTempDirectory("gocon-go-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
            return work;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Deletes what {@link #build} made. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
