package dev.gocon.app.exercise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a child JVM (the same {@code java} binary as this one) with a time
 * limit and a cap on its output. On expiry the child and everything it started are killed by force;
 * an interrupt of the waiting thread (Ctrl-C in the REPL) does the same, and so does this JVM's
 * shutdown (Ctrl-C or TERM of a command-line check).
 */
public final class ChildJvm {

    /** What the child did. */
    public record Result(int status, boolean killed, String output, boolean truncated) {
    }

    /* Children running now, killed by a shutdown hook should this JVM be stopped (TERM, Ctrl-C). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildJvm::kill), "gocon-child-jvms"));
    }

    private final String java;
    private final List<String> jvmOptions;
    private final int outputCap;

    /**
     * @param jvmOptions options such as {@code -Xmx64m}
     * @param outputCap  how many bytes of output to keep; the rest is read and dropped
     */
    public ChildJvm(List<String> jvmOptions, int outputCap) {
        this.java = javaBinary();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.outputCap = outputCap;
    }

    /** The java binary this JVM runs on. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Runs {@code mainClass} with these arguments and classpath in {@code workingDirectory}, for at
     * most {@code limit}; {@code input} is its whole standard input.
     *
     * @throws InterruptedException if this thread is interrupted; the child is killed first
     */
    public Result run(String classpath, String mainClass, List<String> args, Path workingDirectory, String input,
            Duration limit) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        }
        RUNNING.add(process);
        CappedReader reader = new CappedReader(process.getInputStream(), outputCap);
        Thread pump = Thread.ofVirtual().name("child-output").start(reader);
        boolean killed = false;
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                killed = true;
            }
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        } finally {
            RUNNING.remove(process);
        }
        pump.join(Duration.ofSeconds(2));
        return new Result(process.exitValue(), killed, reader.text(), reader.truncated());
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // It was killed by force; there is nothing more to do if it is slow to go.
        }
    }

    /* Keeps the first `cap` bytes and drains the rest, so that a chatty child never blocks on its pipe. */
    private static final class CappedReader implements Runnable {
        private final InputStream in;
        private final int cap;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean truncated;

        CappedReader(InputStream in, int cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (kept) {
                        int room = cap - kept.size();
                        if (n > room) {
                            truncated = true;
                        }
                        kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
                    }
                }
            } catch (IOException e) {
                // The child is gone; what was read is what there is.
            }
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }

        boolean truncated() {
            return truncated;
        }
    }
}
