package dev.gocon.app.exercise.harness;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
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
 * <p>Arguments: {@code VERDICT_FILE LEARNER_CLASS CHECK_CLASS LIMIT_MILLIS [SEED]}. The verdict line is
 * one of {@code PASS}, {@code FAIL <reason>}, {@code SEED <n> <reason>} (failed under that seed of the
 * stepped scheduler), {@code OOM}, {@code TIMEOUT <explanation>}, or {@code EXIT} (written by a
 * shutdown hook when the learner's code called {@code System.exit}).
 *
 * <p>A plain-Java check ({@link Check#steppedSeeds()} zero) runs once on this JVM's main thread. A
 * check of code that uses the runtime runs as {@code Go.run} under the native scheduler, then under
 * seeds 1..N of the stepped scheduler (or only the seed given, to replay it); the runtime's report
 * turns a deadlock into Go's goroutine dump (who is blocked on what), goroutines left blocked after
 * main returned into a leak, and a run that never ends into a step-limit failure (a livelock).
 *
 * <p>Before the parent's limit, a watchdog explains why the check has not finished: the threads
 * deadlocked on locks, every thread waiting, or a thread still running in the learner's code (an
 * endless loop), then halts the JVM. The parent kills the child anyway shortly after, should the
 * watchdog itself be starved.
 *
 * <p>The watchdog sees platform threads only; a learner's goroutines blocked outside the runtime
 * (on a {@code java.util.concurrent} latch, say) are explained through the thread that waits for them.
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
        Long replay = args.length > 4 ? Long.valueOf(args[4]) : null;
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> record("EXIT")));
        Thread.ofPlatform().daemon().name("gocon-watchdog").start(() -> watchdog(main, learnerName, limitMillis));
        PrintStream out = System.out;
        String verdict;
        try {
            Class<?> learner = Class.forName(learnerName);
            Check check = (Check) Class.forName(checkName).getConstructor().newInstance();
            verdict = attempts(check, learner, out, replay);
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

    /** The most steps one stepped run may take before it counts as never finishing. */
    static final long STEP_LIMIT = 200_000;

    /* The one place that decides under which schedules the check runs; see the class comment. */
    private static String attempts(Check check, Class<?> learner, PrintStream out, Long replay) throws Exception {
        int seeds = check.steppedSeeds();
        if (seeds <= 0) {
            check.verify(learner, new Check.Context(out, "native"));
            return "PASS";
        }
        if (replay == null) {
            String problem = problem(Go.run(RunConfig.nativeScheduler(),
                    () -> check.verify(learner, new Check.Context(out, "native"))), learner.getName());
            if (problem != null) {
                return "FAIL " + problem;
            }
        }
        long first = replay == null ? 1 : replay;
        long last = replay == null ? seeds : replay;
        for (long seed = first; seed <= last; seed++) {
            Check.Context context = new Check.Context(out, "seed " + seed);
            RunReport report = Go.run(RunConfig.stepped(seed).withStepLimit(STEP_LIMIT),
                    () -> check.verify(learner, context));
            String problem = problem(report, learner.getName());
            if (problem != null) {
                return "SEED " + seed + " " + problem;
            }
        }
        return "PASS";
    }

    /**
     * What went wrong in a run, in one line (a deadlock adds Go's report below it, one line each), or
     * null if nothing did.
     */
    static String problem(RunReport report, String learnerName) {
        return switch (report.outcome()) {
            case OK -> report.leaked().isEmpty() ? null
                    : "goroutines left blocked when main returned (a leak): " + report.leaked().stream()
                            .map(RunReport.LeakedGoroutine::toString).collect(Collectors.joining("; "));
            case DEADLOCK -> "deadlock: all goroutines are asleep:" + report.failure().getMessage().lines()
                    .skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(l -> "\n  " + l)
                    .collect(Collectors.joining());
            case PANIC -> outOfMemory(report.failure()) ? "out of memory"
                    : describe(report.failure().getCause() != null ? report.failure().getCause() : report.failure(),
                            learnerName);
            case STEP_LIMIT -> "still running after " + report.steps() + " steps: an endless loop, or a livelock?";
            case STOPPED -> "the run was stopped";
        };
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
                Files.writeString(verdictFile, verdict + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            } catch (IOException e) {
                // The parent reads a missing verdict as a crash, with the output shown.
            }
        }
    }
}
