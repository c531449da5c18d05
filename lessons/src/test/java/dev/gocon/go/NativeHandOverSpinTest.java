package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which blocking operations spin before they park under the native scheduler: a plain send or
 * receive may (a hand-over), a select must not; and a goroutine that spins still ends in a deadlock
 * report when nothing can wake it.
 */
@Timeout(60)
class NativeHandOverSpinTest {

    private static final int ROUNDS = 20;

    /**
     * With a practically endless spin ({@code -Dgocon.spins} at its maximum), a hand-over would spin
     * until answered; a select must still park at once. The sender waits to see the selecting
     * goroutine's thread parked before each send: had the select spun, it would never be seen parked
     * and the test would time out.
     */
    @Test
    void aSelectParksWithoutSpinning() {
        Harness.rethrow(runWithSpins(Integer.MAX_VALUE, () -> {
            Channel<Integer> a = Channel.make("a");
            Channel<Integer> b = Channel.make("b");
            Channel<Integer> got = Channel.make("got");
            Goroutine selector = Go.go("selector", () -> {
                int n = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    n += Select.select(Select.receive(a, v -> { }), Select.receive(b, v -> { })) + 1;
                }
                got.send(n);
            });
            for (int i = 0; i < ROUNDS; i++) {
                awaitParked(selector);
                a.send(i);
            }
            assertEquals(ROUNDS, got.receive(), "every select took case a");
        }));
    }

    /** Runs {@code main} natively with {@code -Dgocon.spins=spins} (read when the run starts), restored after. */
    private static RunReport runWithSpins(int spins, Task main) {
        String saved = System.getProperty("gocon.spins");
        System.setProperty("gocon.spins", Integer.toString(spins));
        try {
            return Go.run(RunConfig.nativeScheduler(), main);
        } finally {
            if (saved == null) {
                System.clearProperty("gocon.spins");
            } else {
                System.setProperty("gocon.spins", saved);
            }
        }
    }

    private static void awaitParked(Goroutine g) {
        while (g.strand.thread() == null || g.strand.thread().getState() != Thread.State.WAITING) {
            Thread.yield();
        }
    }

    /**
     * Two goroutines that played ping-pong (so their hand-overs spin, each answered) then both wait
     * for a value nobody will send: the run ends in a deadlock naming both, once their spins are over.
     */
    @Test
    void spinningHandOversStillEndInADeadlock() {
        for (int run = 0; run < 5; run++) {
            RunReport r = runWithSpins(100, () -> {
                Channel<Integer> ping = Channel.make("ping");
                Channel<Integer> pong = Channel.make("pong");
                Go.go("echo", () -> {
                    for (int v : ping) {
                        pong.send(v);
                    }
                });
                for (int i = 0; i < 1_000; i++) {
                    ping.send(i);
                    pong.receive();
                }
                pong.receive();
            });
            assertEquals(RunReport.Outcome.DEADLOCK, r.outcome(), r.outcomeLabel());
            String m = r.failure().getMessage();
            assertTrue(m.contains("goroutine 1 [chan receive]:"), m);
            assertTrue(m.contains("goroutine 2 [chan receive]:"), m);
        }
    }
}
