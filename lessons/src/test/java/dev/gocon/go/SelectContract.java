package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Select's contract, run under every scheduler. */
@Timeout(60)
abstract class SelectContract {

    abstract Harness h();

    @Test
    void fairAmongReadyCases() {
        h().run(() -> {
            Channel<Integer> a = Channel.make(1);
            Channel<Integer> b = Channel.make(1);
            int n = 10_000;
            int[] hits = new int[2];
            for (int i = 0; i < n; i++) {
                a.trySend(1);
                b.trySend(2);
                hits[Select.select(Select.receive(a, v -> { }), Select.receive(b, v -> { }))]++;
            }
            assertTrue(hits[0] >= 0.45 * n && hits[0] <= 0.55 * n, "a chosen " + hits[0] + " of " + n);
            assertTrue(hits[1] >= 0.45 * n && hits[1] <= 0.55 * n, "b chosen " + hits[1] + " of " + n);
        });
    }

    @Test
    void defaultRunsWhenNothingReady() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            boolean[] ran = {false};
            int i = Select.select(Select.receive(c, v -> fail()), Select.otherwise(() -> ran[0] = true));
            assertEquals(1, i);
            assertTrue(ran[0]);
        });
    }

    @Test
    void blocksUntilACaseIsReady() {
        h().run(() -> {
            Channel<String> a = Channel.make();
            Channel<String> b = Channel.make();
            Go.go("sender", () -> b.send("b"));
            String[] got = {null};
            int i = Select.select(Select.receive(a, v -> got[0] = v), Select.receive(b, v -> got[0] = v));
            assertEquals(1, i);
            assertEquals("b", got[0]);
        });
    }

    @Test
    void sendCaseAndReceiveWithOk() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            Channel<Integer> out = Channel.make(1);
            Go.go(() -> out.send(c.receive()));
            Select.select(Select.send(c, 42, null));
            assertEquals(42, out.receive());
            c.close();
            Received<?>[] r = {null};
            Select.select(Select.receive(c, (v, ok) -> r[0] = new Received<>(v, ok)));
            assertEquals(new Received<Integer>(null, false), r[0]);
        });
    }

    @Test
    void nilChannelCaseNeverChosen() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(1);
            c.send(5);
            for (int i = 0; i < 50; i++) {
                int k = Select.select(Select.receive(Channel.<Integer>nil(), v -> fail()),
                        Select.send(Channel.nil(), 1, () -> fail()),
                        Select.otherwise(null));
                assertEquals(2, k);
            }
            assertEquals(0, Select.select(Select.receive(c, v -> assertEquals(5, v)), Select.receive(Channel.<Integer>nil(), v -> { })));
        });
    }

    @Test
    void sendOnClosedChannelInSelectPanics() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(1);
            c.close();
            Panic p = assertThrows(Panic.class, () -> Select.select(Select.send(c, 1, null)));
            assertEquals("send on closed channel", p.getMessage());
        });
    }

    @Test
    void neverMatchesItsOwnSendAndReceive() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            int k = Select.select(Select.send(c, 1, () -> fail()), Select.receive(c, v -> fail()),
                    Select.otherwise(null));
            assertEquals(2, k);
        });
    }

    @Test
    void timeoutWithAfter() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            int k = Select.select(Select.receive(c, v -> fail()), Select.receive(Go.after(Duration.ofMillis(10)), t -> { }));
            assertEquals(1, k);
        });
    }

    @Test
    void noDuplicateDeliveryWithFourSendersInOneSelect() {
        h().run(() -> {
            int n = h().load(20_000, 100);
            Channel<Integer> a = Channel.make(), b = Channel.make(), c = Channel.make(), d = Channel.make();
            Channel<Integer> done = Channel.make();
            var seen = ConcurrentHashMap.<Integer>newKeySet();
            AtomicInteger count = new AtomicInteger();
            WaitGroup receivers = new WaitGroup();
            for (Channel<Integer> ch : java.util.List.of(a, b, c, d)) {
                receivers.go(() -> {
                    while (true) {
                        Received<Integer> r = ch.receiveOk();
                        if (!r.ok()) {
                            return;
                        }
                        assertTrue(seen.add(r.value()), "delivered twice: " + r.value());
                        count.incrementAndGet();
                    }
                });
            }
            Go.go("sender", () -> {
                for (int i = 0; i < n; i++) {
                    int v = i;
                    Select.select(Select.send(a, v, null), Select.send(b, v, null), Select.send(c, v, null),
                            Select.send(d, v, null));
                }
                done.close();
            });
            done.receive();
            a.close();
            b.close();
            c.close();
            d.close();
            receivers.await();
            assertEquals(n, count.get());
            assertEquals(n, seen.size());
        });
    }

    @Test
    void competingSelectsOnSharedChannels() {
        h().run(() -> {
            int n = h().load(20_000, 100);
            Channel<Integer> a = Channel.make(), b = Channel.make();
            AtomicInteger got = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            for (int k = 0; k < 3; k++) {
                wg.go(() -> {
                    boolean[] open = {true, true};
                    while (open[0] || open[1]) {
                        Select.select(
                                Select.receive(open[0] ? a : Channel.<Integer>nil(), (v, ok) -> {
                                    if (ok) got.incrementAndGet(); else open[0] = false;
                                }),
                                Select.receive(open[1] ? b : Channel.<Integer>nil(), (v, ok) -> {
                                    if (ok) got.incrementAndGet(); else open[1] = false;
                                }));
                    }
                });
            }
            WaitGroup senders = new WaitGroup();
            senders.go(() -> { for (int i = 0; i < n; i++) a.send(i); });
            senders.go(() -> { for (int i = 0; i < n; i++) b.send(i); });
            senders.await();
            a.close();
            b.close();
            wg.await();
            assertEquals(2 * n, got.get());
        });
    }

    /**
     * A goroutine reuses its select waiters, so a select must leave none of them in any queue: a
     * waiter left on {@code d} by an even round would take the sender's {@code d.trySend} while the
     * next round waits on other channels. The rounds alternate two and three cases (the waiters grow).
     */
    @Test
    void aSelectLeavesNoWaiterForTheNextOne() {
        h().run(() -> {
            int rounds = h().load(20_000, 60);
            Channel<Integer> a = Channel.make("a"), b = Channel.make("b"), c = Channel.make("c"),
                    d = Channel.make("d");
            Go.go("sender", () -> {
                for (int i = 0; i < rounds; i++) {
                    if (i % 2 == 1) {
                        assertFalse(d.trySend(-1), "a waiter of round " + (i - 1) + " was left on d");
                    }
                    (i % 2 == 0 ? b : c).send(i);
                }
            });
            for (int i = 0; i < rounds; i++) {
                int[] got = {-1};
                int k = i % 2 == 0
                        ? Select.select(Select.receive(d, v -> fail("d")), Select.receive(b, v -> got[0] = v))
                        : Select.select(Select.receive(a, v -> fail("a")), Select.receive(Channel.<Integer>nil(),
                                v -> fail("nil")), Select.receive(c, v -> got[0] = v));
                assertEquals(i % 2 == 0 ? 1 : 2, k);
                assertEquals(i, got[0]);
            }
        });
    }
}
