package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The contract of sleep, after, Ticker and Context, run under every scheduler. */
@Timeout(60)
abstract class TimeContract {

    abstract Harness h();

    @Test
    void contextCancelPropagates() {
        h().run(() -> {
            Context.Cancelable parent = Context.withCancel(Context.background());
            Context.Cancelable child = Context.withCancel(parent);
            assertNull(child.err());
            assertNull(child.done().tryReceive());
            Channel<String> seen = Channel.make();
            Go.go("watcher", () -> {
                child.done().receive();
                seen.send(child.err().getMessage());
            });
            parent.cancel();
            assertEquals("context canceled", seen.receive());
            assertSame(Context.CANCELED, parent.err());
            parent.cancel();   // idempotent
        });
    }

    @Test
    void contextTimeoutComposesWithSelect() {
        h().run(() -> {
            Context.Cancelable ctx = Context.withTimeout(Context.background(), Duration.ofMillis(20));
            Channel<Integer> never = Channel.make();
            int k = Select.select(Select.receive(never, v -> fail()), Select.receive(ctx.done(), v -> { }));
            assertEquals(1, k);
            assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
            assertTrue(ctx.deadline().isPresent());
            assertNull(Context.background().err());
        });
    }

    @Test
    void tickerTicksUntilStopped() {
        h().run(() -> {
            Ticker t = Go.newTicker(Duration.ofMillis(2));
            for (int i = 0; i < 3; i++) {
                assertNotNull(t.c().receive());
            }
            t.stop();
        });
    }

    @Test
    void sleepSleeps() {
        h().run(() -> {
            java.time.Instant v0 = Go.now();
            Go.sleep(Duration.ofMillis(20));
            // a lower bound only: a sleep never ends early, under either clock
            assertTrue(Duration.between(v0, Go.now()).toMillis() >= 20);
        });
    }

    @Test
    void deadlineInThePastIsAlreadyExceededAndChildrenFollowParents() {
        h().run(() -> {
            Context.Cancelable late = Context.withDeadline(Context.background(), Go.now().minusSeconds(1));
            assertSame(Context.DEADLINE_EXCEEDED, late.err());
            assertNotNull(late.done().tryReceive());
            Context.Cancelable parent = Context.withTimeout(Context.background(), Duration.ofMillis(10));
            Context.Cancelable child = Context.withTimeout(parent, Duration.ofHours(1));
            assertEquals(parent.deadline(), child.deadline());
            child.done().receive();
            assertSame(Context.DEADLINE_EXCEEDED, child.err());
            parent.cancel();
        });
    }
}
