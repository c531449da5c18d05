package dev.gocon.course.scheduler;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * Listens to {@code jdk.VirtualThreadPinned} through a JFR RecordingStream while a goroutine blocks
 * twice: inside {@code synchronized} (no longer pinned since Java 24) and inside a class initialiser
 * (still pinned in Java 25).
 */
final class PinningDemo implements Demo {

    static final Duration BLOCK = Duration.ofMillis(50);

    @Override
    public String name() {
        return "pinning";
    }

    @Override
    public String summary() {
        return "JFR's jdk.VirtualThreadPinned, live: blocking in synchronized (not pinned) and in a class initialiser (pinned).";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        if (ctx.stepped()) {
            ctx.out().println("(pinning is about real carrier threads: it is shown only under the native scheduler)");
            return;
        }
        AtomicInteger events = new AtomicInteger();
        CountDownLatch seen = new CountDownLatch(1);
        try (RecordingStream rs = new RecordingStream()) {
            rs.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10)).withStackTrace();
            rs.onEvent("jdk.VirtualThreadPinned", e -> {
                events.incrementAndGet();
                ctx.out().println("  JFR: jdk.VirtualThreadPinned, " + describe(e));
                seen.countDown();
            });
            rs.startAsync();

            ctx.out().println("1. block for 50 ms inside synchronized");
            Object lock = new Object();
            Go.go("in-synchronized", () -> {
                synchronized (lock) {
                    Thread.sleep(BLOCK);
                }
            });
            Go.sleep(Duration.ofMillis(200));

            ctx.out().println("2. block for 50 ms inside a class initialiser (static { ... })");
            Go.go("in-class-init", () -> SlowToInitialise.touch());
            boolean pinned = seen.await(5, TimeUnit.SECONDS);
            Go.sleep(Duration.ofMillis(200)); // let a late event arrive
            ctx.out().printf("%d pinned event(s)%s%n", events.get(),
                    pinned ? ": only the class initialiser pinned its carrier"
                            : " within 5 s (is JFR available in this JDK?)");
            ctx.out().println("Java " + Runtime.version().feature()
                    + ": synchronized no longer pins (JEP 491, Java 24); class initialisers and native frames do");
        }
    }

    private static String describe(RecordedEvent e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.getDuration().toMillis()).append(" ms");
        for (String field : new String[] {"pinnedReason", "blockingOperation"}) {
            if (e.hasField(field) && e.getValue(field) != null) {
                sb.append(", ").append(field).append(": ").append((Object) e.getValue(field));
            }
        }
        if (e.getThread() != null) {
            sb.append(", thread ").append(e.getThread().getJavaName());
        }
        return sb.toString();
    }

    /** A class whose initialiser blocks: a virtual thread cannot unmount while it runs. */
    static final class SlowToInitialise {
        static {
            try {
                Thread.sleep(BLOCK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
        }
    }
}
