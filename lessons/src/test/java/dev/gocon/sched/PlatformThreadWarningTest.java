package dev.gocon.sched;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The once-per-process warning for channels used from a platform thread outside any run. */
class PlatformThreadWarningTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void captureErr() {
        saved = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        OnceWarning.PLATFORM_THREAD.reset();
    }

    @AfterEach
    void restoreErr() {
        System.setErr(saved);
        OnceWarning.PLATFORM_THREAD.reset();
    }

    private String err() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(60)
    void aPlatformThreadOutsideAnyRunThatWaitsOnAChannelIsWarnedOnce() throws Exception {
        Channel<Integer> ch = Channel.make();
        AtomicInteger received = new AtomicInteger();
        Thread receiver = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 3; i++) {
                ch.receive();
                received.incrementAndGet();
            }
        });
        for (int i = 0; i < 3; i++) {
            // send only once the receiver is parked in its next receive, so that all three park
            while (received.get() < i || receiver.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            int v = i;
            Go.go(() -> ch.send(v));
        }
        receiver.join();
        String err = err();
        assertEquals(1, err.split(java.util.regex.Pattern.quote(OnceWarning.PLATFORM_THREAD.message()), -1).length - 1,
                () -> "expected the warning once, got: " + err);
    }

    @Test
    @Timeout(60)
    void aProgramCanTurnTheWarningOff() throws Exception {
        System.setProperty("gocon.platformThreadWarning", "false");
        try {
            Channel<Integer> ch = Channel.make();
            Thread receiver = Thread.ofPlatform().start(ch::receive);
            while (receiver.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            Go.go(() -> ch.send(1));
            receiver.join();
        } finally {
            System.clearProperty("gocon.platformThreadWarning");
        }
        assertFalse(err().contains("warning"), err());
    }

    @Test
    @Timeout(60)
    void goroutinesInsideARunAreNotWarned() {
        Go.run(() -> {
            Channel<Integer> ping = Channel.make();
            Go.go(() -> {
                for (int i = 0; i < 100; i++) {
                    ping.send(i);
                }
            });
            for (int i = 0; i < 100; i++) {
                ping.receive();
            }
        });
        assertFalse(err().contains("warning"), err());
    }
}
