package dev.gocon.go;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A panic outside any run goes to the handler the program set; the runtime never exits the process. */
class UncaughtPanicHandlerTest {

    private final UncaughtPanicHandler saved = Go.uncaughtPanicHandler();

    @AfterEach
    void restore() {
        Go.setUncaughtPanicHandler(saved);
    }

    private record Caught(Goroutine goroutine, Panic panic) {
    }

    @Test
    @Timeout(30)
    void aPanicOutsideAnyRunReachesTheHandler() throws Exception {
        CompletableFuture<Caught> caught = new CompletableFuture<>();
        Go.setUncaughtPanicHandler((g, p) -> caught.complete(new Caught(g, p)));
        Goroutine started = Go.go("oven-2", () -> {
            throw new IllegalStateException("burnt");
        });
        Caught c = caught.get(20, TimeUnit.SECONDS);
        assertSame(started, c.goroutine());
        assertEquals("java.lang.IllegalStateException: burnt", c.panic().getMessage());
        assertEquals(started.toString(), c.panic().goroutine());
    }

    @Test
    @Timeout(30)
    void panicsInsideARunAreReportedNotHandled() {
        Go.setUncaughtPanicHandler((g, p) -> {
            throw new AssertionError("handler called for a panic inside a run");
        });
        RunReport r = Go.run(RunConfig.stepped(1), () -> {
            throw new Panic("boom");
        });
        assertEquals(RunReport.Outcome.PANIC, r.outcome());
    }

    @Test
    void theDefaultPrintsGosPanicText() {
        assertTrue(Go.uncaughtPanicHandler() != null);
        Goroutine[] g = new Goroutine[1];
        Go.run(RunConfig.stepped(1), () -> g[0] = Go.go("chef", () -> { }));
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            UncaughtPanicHandler.print(g[0], new Panic("send on closed channel"));
        } finally {
            System.setErr(err);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8)
                .startsWith("panic: send on closed channel\n\ngoroutine 2 [running]: g2 chef\n"), buf.toString());
    }

    @Test
    void aNullHandlerIsRefused() {
        assertThrows(NullPointerException.class, () -> Go.setUncaughtPanicHandler(null));
    }
}
