package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Mutex, RWMutex, WaitGroup, Once, Context, ErrGroup and Ticker, under every scheduler. */
@Timeout(60)
abstract class SyncContract {

    abstract Harness h();

    @Test
    void mutexExcludes() {
        h().run(() -> {
            Mutex mu = new Mutex("mu");
            int[] counter = {0};
            int each = h().load(2000, 20);
            WaitGroup wg = new WaitGroup();
            for (int k = 0; k < 4; k++) {
                wg.go(() -> {
                    for (int i = 0; i < each; i++) {
                        mu.lock();
                        int v = counter[0];
                        Go.gosched();
                        counter[0] = v + 1;
                        mu.unlock();
                    }
                });
            }
            wg.await();
            assertEquals(4 * each, counter[0]);
        });
    }

    @Test
    void mutexPanicsAndTryLock() {
        h().run(() -> {
            Mutex mu = new Mutex();
            assertEquals("sync: unlock of unlocked mutex", assertThrows(Panic.class, mu::unlock).getMessage());
            assertTrue(mu.tryLock());
            assertFalse(mu.tryLock());
            Channel<Boolean> r = Channel.make();
            Go.go(() -> r.send(mu.tryLock()));
            assertFalse(r.receive());
            Go.go(mu::unlock);   // any goroutine may unlock, as in Go
            mu.lock();
            mu.unlock();
        });
    }

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
    void rwMutexReadersShareWritersExclude() {
        h().run(() -> {
            RWMutex rw = new RWMutex("menu");
            rw.rlock();
            assertTrue(rw.tryRLock());
            assertFalse(rw.tryLock());
            Channel<String> order = Channel.make(4);
            Go.go("writer", () -> {
                rw.lock();
                order.send("write");
                rw.unlock();
            });
            rw.runlock();
            order.send("read done");
            rw.runlock();
            assertEquals("read done", order.receive());
            assertEquals("write", order.receive());
            rw.lock();
            rw.unlock();
            assertEquals("sync: Unlock of unlocked RWMutex", assertThrows(Panic.class, rw::unlock).getMessage());
            assertEquals("sync: RUnlock of unlocked RWMutex", assertThrows(Panic.class, rw::runlock).getMessage());
        });
    }

    @Test
    void onceRunsOnce() {
        h().run(() -> {
            Once once = new Once();
            AtomicInteger n = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 8; i++) {
                wg.go(() -> once.doOnce(n::incrementAndGet));
            }
            wg.await();
            assertEquals(1, n.get());
        });
    }

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
            long t0 = System.nanoTime();
            java.time.Instant v0 = Go.now();
            Go.sleep(Duration.ofMillis(20));
            assertTrue(Duration.between(v0, Go.now()).toMillis() >= 20 || !h().stepped() && System.nanoTime() - t0 >= 20_000_000);
        });
    }
}
