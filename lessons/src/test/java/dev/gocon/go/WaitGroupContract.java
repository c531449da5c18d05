package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The contract of WaitGroup and ErrGroup, run under every scheduler. */
@Timeout(60)
abstract class WaitGroupContract {

    abstract Harness h();

    @Test
    void waitGroupWaitsAndPanicsBelowZero() {
        h().run(() -> {
            WaitGroup wg = new WaitGroup("wg");
            AtomicInteger n = new AtomicInteger();
            for (int i = 0; i < 10; i++) {
                wg.go(n::incrementAndGet);
            }
            wg.await();
            assertEquals(10, n.get());
            wg.await();   // at zero: returns at once
            assertEquals("sync: negative WaitGroup counter", assertThrows(Panic.class, wg::done).getMessage());
        });
    }

    @Test
    void errGroupReturnsFirstErrorAndCancels() {
        h().run(() -> {
            ErrGroup g = ErrGroup.withContext(Context.background());
            g.go("fails", () -> {
                throw new java.io.IOException("disk full");
            });
            g.go("waits", () -> g.context().done().receive());
            Exception e = g.await();
            assertEquals("disk full", e.getMessage());
            assertSame(Context.CANCELED, g.context().err());
            assertNull(new ErrGroup().await());
        });
    }

    @Test
    void errGroupWithoutErrorsAndWaitGroupGoNamesGoroutines() {
        h().run(() -> {
            ErrGroup g = new ErrGroup();
            AtomicInteger n = new AtomicInteger();
            for (int i = 0; i < 5; i++) {
                g.go("part-" + i, n::incrementAndGet);
            }
            assertNull(g.await());
            assertEquals(5, n.get());
            assertNull(g.context().err());
            WaitGroup wg = new WaitGroup("wg");
            Goroutine w = wg.go("worker", () -> { });
            assertEquals("worker", w.name());
            wg.await();
        });
    }
}
