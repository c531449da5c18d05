package dev.gocon.app.exercise.harness;

import dev.gocon.course.exercise.Check;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The child JVM's side of a check: loads the learner's class and the exercise's {@link Check}, runs
 * it, and writes one verdict line to a file the parent named. The learner's output goes to stdout,
 * which the parent captures and caps; the verdict never mixes with it.
 *
 * <p>Arguments: {@code VERDICT_FILE LEARNER_CLASS CHECK_CLASS LIMIT_MILLIS}. The verdict line is one of
 * {@code PASS}, {@code FAIL <reason>}, {@code OOM}, {@code TIMEOUT <explanation>}, or {@code EXIT}
 * (written by a shutdown hook when the learner's code called {@code System.exit}).
 *
 * <p>Before the parent's limit, a watchdog explains why the check has not finished: the threads
 * deadlocked on locks, every thread waiting, or a thread still running in the learner's code (an
 * endless loop), then halts the JVM. The parent kills the child anyway shortly after, should the
 * watchdog itself be starved.
 *
 * <p>What comes with the runtime ({@code Go.run(RunConfig, Task)} returning a {@code RunReport}): the
 * {@link #attempts} hook runs the check once under the native scheduler and then under many seeds of
 * the stepped one, reporting the first failing seed as {@code FAIL failed with seed N; replay with
 * ...}; the watchdog's explanation becomes the runtime's deadlock report (who is blocked on which
 * channel), and goroutines left blocked after a pass are reported as a leak.
 */
public final class CheckHarness {

    private static final Object LOCK = new Object();
    private static Path verdictFile;
    private static boolean recorded;
    /* Freed when the heap runs out, so that writing the verdict has room. */
    private static byte[] reserve = new byte[1 << 20];

    private CheckHarness() {
    }

    public static void main(String[] args) throws Exception {
        verdictFile = Path.of(args[0]);
        String learnerName = args[1];
        String checkName = args[2];
        long limitMillis = Long.parseLong(args[3]);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> record("EXIT")));
        Thread.ofPlatform().daemon().name("gocon-watchdog").start(() -> watchdog(main, learnerName, limitMillis));
        PrintStream out = System.out;
        String verdict;
        try {
            Class<?> learner = Class.forName(learnerName);
            Check check = (Check) Class.forName(checkName).getConstructor().newInstance();
            verdict = attempts(check, learner, out);
        } catch (Throwable e) {
            verdict = outOfMemory(e) ? "OOM" : "FAIL " + describe(e, learnerName);
        }
        out.flush();
        record(verdict);
        Runtime.getRuntime().halt(0);
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                reserve = null;
                return true;
            }
        }
        return false;
    }

    /*
     * The one place that decides under which schedules the check runs. Today: once, on the JVM's own
     * threads. With the runtime: native first, then seeds 1..N of the stepped scheduler.
     */
    private static String attempts(Check check, Class<?> learner, PrintStream out) throws Exception {
        check.verify(learner, new Check.Context(out, "native"));
        return "PASS";
    }

    private static void watchdog(Thread main, String learnerName, long limitMillis) {
        try {
            Thread.sleep(limitMillis);
        } catch (InterruptedException e) {
            return;
        }
        record("TIMEOUT " + explain(main, learnerName));
        Runtime.getRuntime().halt(124);
    }

    /** Why the check has not finished: a lock cycle, everyone waiting, or someone still running. */
    static String explain(Thread main, String learnerName) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null) {
            String cycle = Arrays.stream(threads.getThreadInfo(deadlocked, true, true))
                    .map(t -> t.getThreadName() + " waits for " + t.getLockName() + " held by " + t.getLockOwnerName())
                    .collect(Collectors.joining("; "));
            return "deadlock: " + cycle + ".";
        }
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        Optional<Map.Entry<Thread, StackTraceElement[]>> running = all.entrySet().stream()
                .filter(e -> e.getKey().getState() == Thread.State.RUNNABLE)
                .filter(e -> where(e.getValue(), learnerName).isPresent())
                .findFirst();
        if (running.isPresent()) {
            return "still running, " + running.get().getKey().getName() + " at "
                    + where(running.get().getValue(), learnerName).orElseThrow()
                    + ": an endless loop, or a livelock?";
        }
        StackTraceElement[] stack = all.getOrDefault(main, new StackTraceElement[0]);
        String blockedIn = stack.length == 0 ? "" : " in " + simpleName(stack[0].getClassName()) + "."
                + stack[0].getMethodName();
        ThreadInfo info = threads.getThreadInfo(main.threadId());
        String on = info != null && info.getLockName() != null ? " on " + info.getLockName() : "";
        return "deadlock: every thread is waiting and none can wake the others; main waits" + on + blockedIn
                + where(stack, learnerName).map(w -> " at " + w).orElse("") + ".";
    }

    private static Optional<String> where(StackTraceElement[] stack, String learnerName) {
        return Arrays.stream(stack)
                .filter(f -> f.getClassName().equals(learnerName) || f.getClassName().startsWith(learnerName + "$"))
                .findFirst()
                .map(f -> f.getFileName() + ":" + f.getLineNumber());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String describe(Throwable e, String learnerName) {
        while (e instanceof InvocationTargetException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof ClassNotFoundException) {
            return "class " + e.getMessage() + " not found";
        }
        if (e instanceof NoSuchMethodException) {
            return "missing method " + e.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String text = e instanceof AssertionError ? message
                : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text + where(e.getStackTrace(), learnerName).map(w -> " (at " + w + ")").orElse("");
    }

    /** Writes the verdict once; the first writer wins (a pass, a failure, the watchdog or the exit hook). */
    private static void record(String verdict) {
        synchronized (LOCK) {
            if (recorded) {
                return;
            }
            recorded = true;
            try {
                Files.writeString(verdictFile, verdict.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            } catch (IOException e) {
                // The parent reads a missing verdict as a crash, with the output shown.
            }
        }
    }
}
