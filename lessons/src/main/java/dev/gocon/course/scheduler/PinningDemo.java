package dev.gocon.course.scheduler;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
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
            ctx.out().println("(pinning is about real carrier threads:");
            ctx.out().println(" it is shown only under the native scheduler)");
            return;
        }
        AtomicInteger events = new AtomicInteger();
        CountDownLatch seen = new CountDownLatch(1);
        try (RecordingStream rs = new RecordingStream()) {
            rs.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10)).withStackTrace();
            rs.onEvent("jdk.VirtualThreadPinned", e -> {
                events.incrementAndGet();
                ctx.out().println("  JFR jdk.VirtualThreadPinned: " + describe(e));
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
            Go.go("in-class-init", PinningDemo::initialiseFreshCopy);
            boolean pinned = seen.await(5, TimeUnit.SECONDS);
            Go.sleep(Duration.ofMillis(200)); // let a late event arrive
            ctx.out().printf("%d pinned event(s)%s%n", events.get(),
                    pinned ? ": only the class initialiser pinned its carrier"
                            : " within 5 s (is JFR available in this JDK?)");
            ctx.out().println("Java " + Runtime.version().feature()
                    + ": synchronized no longer pins (JEP 491, since Java 24);");
            ctx.out().println("class initialisers and native frames still do");
        }
    }

    /** The event on a few short lines: how long the carrier was held, why, and on what. */
    private static String describe(RecordedEvent e) {
        StringBuilder sb = new StringBuilder();
        sb.append("held its carrier for ").append(e.getDuration().toMillis()).append(" ms");
        if (e.hasField("pinnedReason") && e.getValue("pinnedReason") != null) {
            sb.append("\n    why: ").append(shorten(e.getString("pinnedReason")));
        }
        if (e.hasField("blockingOperation") && e.getValue("blockingOperation") != null) {
            sb.append("\n    blocked in: ").append(e.getString("blockingOperation"));
        }
        return sb.toString();
    }

    /** Drops the package from class names: dev.gocon.course.scheduler.PinningDemo$X -> PinningDemo$X. */
    private static String shorten(String s) {
        return s.replaceAll("/0x[0-9a-f]+", "").replaceAll("\\b(?:[a-z]\\w*\\.)+([A-Z])", "$1");
    }

    /**
     * Initialises a fresh copy of {@link SlowToInitialise} in the calling goroutine: a hidden class made
     * from the same bytes, so that its blocking initialiser runs on every run of the demo, not only the
     * first one in this JVM.
     */
    static void initialiseFreshCopy() throws Exception {
        byte[] bytes;
        try (InputStream in = SlowToInitialise.class.getResourceAsStream("SlowToInitialise.class")) {
            bytes = in.readAllBytes();
        }
        MethodHandles.lookup().defineHiddenClass(bytes, true); // true: run static { } now
    }
}
