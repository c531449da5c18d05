package dev.gocon.go;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Waiters on a spin lock cannot starve its holder. A holder that lost its carrier inside the critical
 * section (as a goroutine does that waits to enter the race detector's monitor) comes back through the
 * scheduler's shared queue; waiters that only yielded kept every carrier to themselves, and a course
 * demo hung that way. With the waiters sleeping after their spins and yields, the holder runs again.
 */
class SpinLockStarvationTest {

    @Test
    @Timeout(300)
    void waitersThatCannotGetTheLockLetItsUnmountedHolderRunAgain() throws Exception {
        for (int round = 0; round < 20; round++) {
            SpinLock lock = new SpinLock();
            CountDownLatch held = new CountDownLatch(1);
            Thread holder = Thread.ofVirtual().start(() -> {
                lock.lock();
                held.countDown();
                LockSupport.parkNanos(2_000_000); // off its carrier while it holds the lock
                lock.unlock();
            });
            held.await();
            Thread[] waiters = new Thread[8];
            for (int i = 0; i < waiters.length; i++) {
                waiters[i] = Thread.ofVirtual().start(() -> {
                    lock.lock();
                    lock.unlock();
                });
            }
            // a guard against a hang, far above the 2 ms the holder keeps the lock, not a speed limit
            assertTrue(holder.join(Duration.ofSeconds(60)), "round " + round + ": the holder never ran again");
            for (Thread waiter : waiters) {
                waiter.join();
            }
        }
    }
}
