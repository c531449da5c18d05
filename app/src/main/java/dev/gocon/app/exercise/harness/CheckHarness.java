package dev.gocon.app.exercise.harness;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.DataRace;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.sched.Hold;
import dev.gocon.app.json.Json;
import dev.gocon.trace.Recorder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The child JVM's side of a check: loads the learner's class and the exercise's {@link Check}, runs
 * it, and sends one verdict line to the parent over a channel only the harness holds. The learner's
 * output goes to stdout, which the parent captures and caps; the verdict never mixes with it.
 *
 * <p>Arguments: {@code LEARNER_CLASS CHECK_CLASS LIMIT_MILLIS [SEED]}. Standard input carries two lines,
 * read before any of the learner's code is loaded: the path of the parent's Unix-domain socket and a
 * secret made for this run. The harness connects, sends the secret, and later the verdict, so nothing
 * the learner's code can see (the command line, a file) could be used to forge a pass; the learner's
 * code has no way to the socket this JVM opened, as reflection is refused before it runs
 * ({@code ForbiddenCalls}). The verdict line is one of {@code PASS}, {@code FAIL <reason>},
 * {@code SEED <n> <reason>} (failed under that seed of the stepped scheduler), {@code OOM},
 * {@code TIMEOUT <explanation>}, {@code THREADS <n>} (more platform threads than the cap), or
 * {@code EXIT} (sent by a shutdown hook when something ended the JVM).
 *
 * <p>A plain-Java check ({@link Check#steppedSeeds()} zero) runs once on this JVM's main thread. A
 * check of code that uses the runtime runs as {@code Go.run} under the native scheduler, then under
 * seeds 1..N of the stepped scheduler (or only the seed given, to replay it); the runtime's report
 * turns a deadlock into Go's goroutine dump (who is blocked on what), goroutines left blocked after
 * main returned into a leak, and a run that never ends into a step-limit failure (a livelock). Each
 * attempt records its events, which the check reads through {@link Check.Context#trace()}.
 *
 * <p>A watchdog keeps the run within its limits: more than {@link #THREAD_CAP} platform threads stop
 * it at once; at the time limit it explains, from thread dumps that include every goroutine
 * ({@link HangDiagnosis}), why the check has not finished, then halts the JVM. Each dump is taken with
 * the runtime held still ({@link Hold}), as JDK 25 can crash dumping goroutines that churn. The parent
 * kills the child anyway shortly after, should the watchdog itself be starved.
 */
public final class CheckHarness {

    /** The most platform threads the learner's code may have alive at once (the JVM's own included). */
    public static final int THREAD_CAP = 256;
    /** How often the watchdog counts threads, in milliseconds. */
    private static final long WATCH_EVERY_MILLIS = 20;
    /* The longest the watchdog waits for the held goroutines to be quiet before it dumps them anyway. */
    private static final long HOLD_WAIT_NANOS = 500_000_000;

    private static final Object LOCK = new Object();
    private static SocketChannel verdictChannel;
    private static boolean recorded;
    /* Freed when the heap runs out, so that writing the verdict has room. */
    private static byte[] reserve = new byte[1 << 20];

    private CheckHarness() {
    }

    public static void main(String[] args) throws Exception {
        connect();
        String learnerName = args[0];
        String checkName = args[1];
        long limitMillis = Long.parseLong(args[2]);
        Long replay = args.length > 3 ? Long.valueOf(args[3]) : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> record("EXIT")));
        Thread.ofPlatform().daemon().name("gocon-watchdog").start(() -> watchdog(learnerName, limitMillis));
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

    /* Reads the socket and the secret from stdin (then closed to the learner), connects, sends the secret. */
    private static void connect() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path socket = Path.of(in.readLine());
        String secret = in.readLine();
        System.setIn(InputStream.nullInputStream());
        verdictChannel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        send(secret);
    }

    private static void send(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            verdictChannel.write(bytes);
        }
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

    /** The system property that turns the race detector on in every run: {@code gocon check --race}. */
    public static final String RACE_PROPERTY = "gocon.race";

    /** The most steps one stepped run may take before it counts as never finishing. */
    static final long STEP_LIMIT = 200_000;

    /** How many events of one attempt a check can read; later ones are only counted. */
    private static final int TRACE_BOUND = 50_000;

    /* The one place that decides under which schedules the check runs; see the class comment. */
    private static String attempts(Check check, Class<?> learner, PrintStream out, Long replay) throws Exception {
        int seeds = check.steppedSeeds();
        if (seeds <= 0) {
            check.verify(learner, new Check.Context(out, "native"));
            return "PASS";
        }
        if (replay == null) {
            Recorder recorder = new Recorder(TRACE_BOUND);
            String problem = problem(Go.run(detector(RunConfig.nativeScheduler()).withSink(recorder),
                    () -> check.verify(learner, new Check.Context(out, "native", recorder::events))),
                    learner.getName());
            if (problem != null) {
                return "FAIL " + problem;
            }
        }
        long first = replay == null ? 1 : replay;
        long last = replay == null ? seeds : replay;
        for (long seed = first; seed <= last; seed++) {
            // Recorded, so that the check can see how the learner's code reached its result.
            Recorder recorder = new Recorder(TRACE_BOUND);
            Check.Context context = new Check.Context(out, "seed " + seed, recorder::events);
            RunReport report = Go.run(detector(RunConfig.stepped(seed).withStepLimit(STEP_LIMIT)).withSink(recorder),
                    () -> check.verify(learner, context));
            String problem = problem(report, learner.getName());
            if (problem != null) {
                return "SEED " + seed + " " + problem;
            }
        }
        return "PASS";
    }

    private static RunConfig detector(RunConfig config) {
        return Boolean.getBoolean(RACE_PROPERTY) ? config.withRaceDetector() : config;
    }

    /**
     * What went wrong in a run, in one line (a deadlock adds Go's report below it, one line each), or
     * null if nothing did.
     */
    static String problem(RunReport report, String learnerName) {
        if (report.ok() && !report.races().isEmpty()) {
            DataRace race = report.races().getFirst();
            return "data race on " + race.variable() + ": " + access(race.access()) + " and " + access(race.previous())
                    + " are not ordered by any synchronisation";
        }
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

    private static String access(DataRace.Access a) {
        return (a.write() ? "the write at " : "the read at ") + a.place() + " (goroutine " + a.goroutine()
                + (a.goroutineName().isEmpty() ? "" : " " + a.goroutineName()) + ")";
    }

    /*
     * Counts platform threads every few milliseconds (the cap), dumps every thread halfway through
     * the limit and again at it (holding the runtime for each), then explains the hang and halts.
     */
    private static void watchdog(String learnerName, long limitMillis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        ThreadDump halfway = null;
        try {
            while (true) {
                Thread.sleep(WATCH_EVERY_MILLIS);
                int count = threads.getThreadCount();
                if (count > THREAD_CAP) {
                    record("THREADS " + count);
                    Runtime.getRuntime().halt(125);
                }
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
                if (halfway == null && elapsedMillis >= limitMillis / 2) {
                    halfway = heldDump("halfway");
                    Hold.release();
                }
                if (elapsedMillis >= limitMillis) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            return;
        }
        ThreadDump atLimit = heldDump("at-limit"); // held until the halt
        record("TIMEOUT " + new HangDiagnosis(learnerName).explain(halfway == null ? atLimit : halfway, atLimit,
                Math.max(1, limitMillis / 1000)));
        Runtime.getRuntime().halt(124);
    }

    /*
     * A thread dump into the check's own working folder, taken while the runtime is held (Hold: JDK 25
     * can crash dumping goroutines that mount and unmount without pause); an empty one if the JVM
     * cannot make it. The caller releases the hold, or halts.
     */
    private static ThreadDump heldDump(String name) {
        Hold.hold(HOLD_WAIT_NANOS);
        try {
            return ThreadDump.take(Path.of("gocon-threads-" + name + ".json"));
        } catch (IOException | Json.MalformedException | RuntimeException e) {
            return new ThreadDump(List.of());
        }
    }

    private static Optional<String> where(StackTraceElement[] stack, String learnerName) {
        return Arrays.stream(stack)
                .filter(f -> f.getClassName().equals(learnerName) || f.getClassName().startsWith(learnerName + "$"))
                .findFirst()
                .map(f -> f.getFileName() + ":" + f.getLineNumber());
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

    /** Sends the verdict once; the first sender wins (a pass, a failure, the watchdog or the exit hook). */
    private static void record(String verdict) {
        synchronized (LOCK) {
            if (recorded) {
                return;
            }
            recorded = true;
            try {
                send(verdict);
                verdictChannel.close();
            } catch (IOException e) {
                // The parent reads a missing verdict as a crash, with the output shown.
            }
        }
    }
}
