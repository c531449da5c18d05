package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The contract of Mutex, RWMutex and Once, run under every scheduler. */
@Timeout(60)
abstract class MutexContract {

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
}
