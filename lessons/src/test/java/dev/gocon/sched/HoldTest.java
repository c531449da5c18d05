package dev.gocon.sched;

import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.go.WaitGroup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate that keeps goroutines still for a thread dump: goroutines that yield without pause are
 * held parked at their next runtime call, one spinning in plain Java does not stop the hold, and
 * after the release the run goes on and ends well (a hold is never taken for a deadlock).
 */
@Timeout(60)
class HoldTest {

    /* Generous: hold() returns as soon as the goroutines are quiet; this only bounds a broken gate. */
    private static final long PATIENCE = TimeUnit.SECONDS.toNanos(20);

    private volatile boolean doorOpen;

    @AfterEach
    void openTheGate() {
        Hold.release();
    }

    @Test
    void nativeGoroutinesThatYieldWithoutPauseAreHeldParkedThenGoOn() throws Exception {
        var run = politeWaiters(RunConfig.nativeScheduler());
        assertTrue(Hold.hold(PATIENCE), "quiet");
        // both waiters, and main too if it had not parked in wg.await yet (without the gate: none)
        assertTrue(Hold.heldCount() >= 2, "both waiters wait at the gate: " + Hold.heldCount());
        Hold.release();
        doorOpen = true;
        assertTrue(run.get().ok(), run.get().toString());
    }

    @Test
    void underTheSteppedSchedulerTheTokenHolderIsHeldAndTheOthersWaitForTheToken() throws Exception {
        var run = politeWaiters(RunConfig.stepped(7));
        assertTrue(Hold.hold(PATIENCE), "quiet");
        assertEquals(1, Hold.heldCount(), "only the goroutine holding the token reaches the gate");
        Hold.release();
        doorOpen = true;
        assertTrue(run.get().ok(), run.get().toString());
    }

    @Test
    void aGoroutineSpinningInPlainJavaDoesNotKeepTheHoldWaiting() throws Exception {
        CountDownLatch spinning = new CountDownLatch(1);
        var run = CompletableFuture.supplyAsync(() -> Go.run(RunConfig.nativeScheduler(), () -> {
            WaitGroup wg = new WaitGroup();
            wg.go("oven-timer", () -> {
                spinning.countDown();
                while (!doorOpen) {
                    Thread.onSpinWait();
                }
            });
            wg.await();
        }), Thread.ofPlatform()::start);
        spinning.await();
        assertTrue(Hold.hold(PATIENCE), "quiet while one goroutine runs plain Java");
        // main may have reached the gate on its way to wg.await (it is not held otherwise): never the spinner
        assertTrue(Hold.heldCount() <= 1, "held: " + Hold.heldCount());
        Hold.release();
        doorOpen = true;
        assertTrue(run.get().ok(), run.get().toString());
    }

    /* Two waiters at a door, each letting the other go first: a livelock until the door opens. */
    private CompletableFuture<RunReport> politeWaiters(RunConfig config) throws InterruptedException {
        CountDownLatch bothPolite = new CountDownLatch(2);
        var run = CompletableFuture.supplyAsync(() -> Go.run(config, () -> {
            WaitGroup wg = new WaitGroup();
            for (String name : new String[] {"waiter-a", "waiter-b"}) {
                wg.go(name, () -> {
                    Go.gosched(); // once first, so that the runtime knows this goroutine before the hold
                    bothPolite.countDown();
                    while (!doorOpen) {
                        Go.gosched(); // after you
                    }
                });
            }
            wg.await();
        }), Thread.ofPlatform()::start);
        bothPolite.await();
        return run;
    }
}
