package dev.gocon.app.exercise.harness;

import dev.gocon.sched.Hold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a check has not finished by its limit, from two thread dumps of the learner's run (one halfway,
 * one at the limit), goroutines included: a goroutine running the learner's code at both moments is
 * an endless loop (named, with its line); when every goroutine of the learner's code is waiting, it is
 * a deadlock, told as the wait-for cycle when the dump shows one (who waits for the lock whom holds)
 * and otherwise as what each one waits in.
 *
 * <p>Only threads with a frame of the learner's class count as the learner's run; the harness, the
 * JVM's own threads and idle carriers do not. The dumps are taken with the runtime held
 * ({@link Hold}): a goroutine waiting at that gate was running, and counts as running.
 */
final class HangDiagnosis {

    /* "module/pkg.Class.method(File.java:12)" -> class, method, file:line */
    private static final Pattern FRAME = Pattern.compile("(?:[^/(]+/)?([\\w.$]+)\\.([\\w$<>]+)\\(([^)]*)\\)");
    private static final int NAMED = 4;

    /* What a learner's call means in the course's words, by the simple name of the method called. */
    private static final Map<String, String> WAITS = Map.ofEntries(
            Map.entry("Channel.send", "waits to send on a channel nobody receives from"),
            Map.entry("Channel.receive", "waits to receive from a channel nobody sends on"),
            Map.entry("Channel.receiveOk", "waits to receive from a channel nobody sends on"),
            Map.entry("Mutex.lock", "waits for the key of a Mutex"),
            Map.entry("WaitGroup.await", "waits on a WaitGroup that never reaches zero"),
            Map.entry("Select.select", "waits in a select where no case is ready"),
            Map.entry("CountDownLatch.await", "waits on a CountDownLatch that never reaches zero"),
            Map.entry("Thread.join", "waits for a thread that never ends (join)"),
            Map.entry("Object.wait", "waits in Object.wait for a notify that never comes"));

    private final String learner;

    HangDiagnosis(String learnerClass) {
        this.learner = learnerClass;
    }

    /** One sentence: what the learner's run was doing at the limit. */
    String explain(ThreadDump halfway, ThreadDump atLimit, long limitSeconds) {
        List<ThreadDump.Snapshot> mine = atLimit.threads().stream().filter(t -> learnerFrame(t).isPresent()).toList();
        Set<String> runningHalfway = new LinkedHashSet<>();
        halfway.threads().stream().filter(this::running).forEach(t -> runningHalfway.add(t.id()));
        Optional<ThreadDump.Snapshot> running = mine.stream().filter(this::running)
                .sorted((a, b) -> Boolean.compare(runningHalfway.contains(b.id()), runningHalfway.contains(a.id())))
                .findFirst();
        if (running.isPresent()) {
            ThreadDump.Snapshot spinning = running.get();
            String how = runningHalfway.contains(spinning.id()) ? " ran for the whole " + limitSeconds + " s"
                    : " was still running";
            return "still running: " + who(spinning) + how + " at " + learnerFrame(spinning).orElseThrow()
                    + ": an endless loop, or a livelock?";
        }
        if (mine.isEmpty()) {
            return "deadlock: every thread is waiting, none of them in your code's frames.";
        }
        return "deadlock: every goroutine of your code is waiting and none can wake the others: "
                + cycle(mine).orElseGet(() -> waits(mine)) + ".";
    }

    /* Running the learner's code; a goroutine held for the dump at its next runtime call was running too. */
    private boolean running(ThreadDump.Snapshot thread) {
        return (thread.state().equals("RUNNABLE") || held(thread)) && learnerFrame(thread).isPresent();
    }

    private static boolean held(ThreadDump.Snapshot thread) {
        return thread.stack().stream().anyMatch(f -> f.contains(Hold.class.getName() + "."));
    }

    /* "ma waits for the lock mb holds (at E.java:13); mb waits for the lock ma holds (at E.java:14)" */
    private Optional<String> cycle(List<ThreadDump.Snapshot> threads) {
        List<String> steps = new ArrayList<>();
        ThreadDump.Snapshot at = threads.stream().filter(t -> t.blockedOn() != null).findFirst().orElse(null);
        Set<String> seen = new LinkedHashSet<>();
        while (at != null && seen.add(at.id())) {
            ThreadDump.Snapshot waiter = at;
            ThreadDump.Snapshot holder = threads.stream().filter(t -> t.locksHeld().contains(waiter.blockedOn()))
                    .findFirst().orElse(null);
            if (holder == null) {
                return Optional.empty();
            }
            steps.add(who(waiter) + " waits for the lock " + who(holder) + " holds (at "
                    + learnerFrame(waiter).orElse("?") + ")");
            at = holder.blockedOn() == null ? null : holder;
        }
        return at == null ? Optional.empty() : Optional.of(String.join("; ", steps));
    }

    /* "main waits on a CountDownLatch that never reaches zero (at Stuck.java:4); ..." */
    private String waits(List<ThreadDump.Snapshot> threads) {
        List<String> parts = threads.stream().limit(NAMED)
                .map(t -> who(t) + " " + waitsIn(t) + " (at " + learnerFrame(t).orElse("?") + ")")
                .toList();
        String more = threads.size() > NAMED ? "; and " + (threads.size() - NAMED) + " more" : "";
        return String.join("; ", parts) + more;
    }

    /* The call the learner made that is waiting: the frame just inside the learner's first frame. */
    private String waitsIn(ThreadDump.Snapshot thread) {
        if (thread.state().equals("BLOCKED")) {
            return "waits to enter a synchronized block another thread holds";
        }
        List<String> stack = thread.stack();
        for (int i = 1; i < stack.size(); i++) {
            if (isLearner(stack.get(i))) {
                Matcher callee = FRAME.matcher(stack.get(i - 1));
                if (callee.matches()) {
                    String call = simple(callee.group(1)) + "." + callee.group(2);
                    return WAITS.getOrDefault(call, "waits in " + call);
                }
            }
        }
        return "waits";
    }

    /* A thread's name; the runtime's goroutines are unnamed, and the one the check calls your code in is main. */
    private static String who(ThreadDump.Snapshot thread) {
        boolean check = thread.stack().stream().anyMatch(f -> f.contains(CheckHarness.class.getName()));
        if (thread.name().isEmpty() && check) {
            return "main";
        }
        if (thread.name().isEmpty()) {
            return thread.virtual() ? "a goroutine (#" + thread.id() + ")" : "thread #" + thread.id();
        }
        return thread.name();
    }

    /* "Loop.java:7" for the innermost frame of the learner's class. */
    private Optional<String> learnerFrame(ThreadDump.Snapshot thread) {
        return thread.stack().stream().filter(this::isLearner).findFirst().map(f -> {
            Matcher m = FRAME.matcher(f);
            return m.matches() ? m.group(3) : f;
        });
    }

    private boolean isLearner(String frame) {
        Matcher m = FRAME.matcher(frame);
        return m.matches() && (m.group(1).equals(learner) || m.group(1).startsWith(learner + "$"));
    }

    private static String simple(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.lastIndexOf('$');
        return nested >= 0 ? simple.substring(nested + 1) : simple;
    }
}
