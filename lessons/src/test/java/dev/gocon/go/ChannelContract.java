package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The channel's contract, run under every scheduler by a tiny subclass. */
@Timeout(60)
abstract class ChannelContract {

    abstract Harness h();

    // ---- the blocking / never-blocking table ----

    @Test
    void unbufferedSendCompletesOnlyWhenReceived() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            Channel<String> log = Channel.make(10);
            Go.go("sender", () -> {
                c.send(1);
                log.send("sent");
            });
            assertNull(log.tryReceive(), "an unbuffered send must wait for a receiver");
            assertEquals(1, c.receive());
            assertEquals("sent", log.receive());
        });
    }

    @Test
    void bufferedSendBlocksOnlyWhenFull() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(2);
            c.send(1);
            c.send(2);
            assertEquals(2, c.len());
            assertEquals(2, c.cap());
            assertFalse(c.trySend(3), "full buffer: trySend fails");
            Channel<String> done = Channel.make();
            Go.go(() -> {
                c.send(3);
                done.send("ok");
            });
            assertEquals(1, c.receive());
            assertEquals("ok", done.receive());
            assertEquals(2, c.receive());
            assertEquals(3, c.receive());
        });
    }

    @Test
    void receiveBlocksUntilSend() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(1);
            assertNull(c.tryReceive());
            Go.go(() -> c.send(7));
            assertEquals(7, c.receive());
        });
    }

    @Test
    void closedChannelDrainsThenYieldsZeroWithoutBlocking() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(3);
            c.send(1);
            c.send(2);
            c.close();
            assertEquals(new Received<>(1, true), c.receiveOk());
            assertEquals(2, c.receive());
            assertEquals(new Received<Integer>(null, false), c.receiveOk());
            assertNull(c.receive());
            assertEquals(new Received<Integer>(null, false), c.tryReceive());
        });
    }

    @Test
    void closeWakesBlockedReceivers() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            Channel<Boolean> oks = Channel.make(3);
            for (int i = 0; i < 3; i++) {
                Go.go(() -> oks.send(c.receiveOk().ok()));
            }
            c.close();
            for (int i = 0; i < 3; i++) {
                assertFalse(oks.receive());
            }
        });
    }

    @Test
    void rangeEndsAtClose() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            Go.go(() -> {
                for (int i = 0; i < 5; i++) {
                    c.send(i);
                }
                c.close();
            });
            List<Integer> got = new ArrayList<>();
            for (var v : c) {
                got.add(v);
            }
            assertEquals(List.of(0, 1, 2, 3, 4), got);
        });
    }

    @Test
    void nilChannelNeverReadyForTryOps() {
        h().run(() -> {
            Channel<Integer> n = Channel.nil();
            assertFalse(n.trySend(1));
            assertNull(n.tryReceive());
            assertEquals(0, n.cap());
        });
    }

    @Test
    void timedFormsTimeOut() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            assertFalse(c.trySend(1, java.time.Duration.ofMillis(5)));
            assertNull(c.tryReceive(java.time.Duration.ofMillis(5)));
            Channel<Integer> b = Channel.make(1);
            assertTrue(b.trySend(1, java.time.Duration.ofMillis(5)));
            assertEquals(new Received<>(1, true), b.tryReceive(java.time.Duration.ofMillis(5)));
        });
    }

    // ---- the panics ----

    @Test
    void sendOnClosedChannelPanics() {
        h().run(() -> {
            Channel<Integer> c = Channel.make(1);
            c.close();
            Panic p = assertThrows(Panic.class, () -> c.send(1));
            assertEquals("send on closed channel", p.getMessage());
            assertEquals("send on closed channel", assertThrows(Panic.class, () -> c.trySend(1)).getMessage());
        });
    }

    @Test
    void blockedSenderPanicsWhenChannelCloses() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            Channel<String> result = Channel.make(1);
            WaitGroup started = new WaitGroup();
            started.add(1);
            Go.go(() -> {
                started.done();
                try {
                    c.send(1);
                    result.send("sent");
                } catch (Panic p) {
                    result.send(p.getMessage());
                }
            });
            started.await();
            // let the sender block (stepped: any schedule; native: it either blocked or will see closed)
            c.close();
            assertEquals("send on closed channel", result.receive());
        });
    }

    @Test
    void closeTwiceAndCloseNilPanic() {
        h().run(() -> {
            Channel<Integer> c = Channel.make();
            c.close();
            assertEquals("close of closed channel", assertThrows(Panic.class, c::close).getMessage());
            assertEquals("close of nil channel", assertThrows(Panic.class, () -> Channel.nil().close()).getMessage());
        });
    }

    @Test
    void panicInGoroutineEndsRunNamingIt() {
        for (RunReport r : h().reports(() -> {
            Channel<Integer> c = Channel.make();
            Go.go("closer", () -> {
                c.close();
                c.close();
            });
            c.receive();
            Channel.<Integer>make().receive();
        })) {
            assertEquals(RunReport.Outcome.PANIC, r.outcome());
            assertEquals("close of closed channel", r.failure().getMessage());
            assertEquals("g2 closer", r.failure().goroutine());
        }
    }

    @Test
    void goRunThrowsThePanic() {
        Panic p = assertThrows(Panic.class, () -> Go.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("java.lang.IllegalStateException: boom", p.getMessage());
        assertInstanceOf(IllegalStateException.class, p.getCause());
    }

    // ---- ordering and loss ----

    @Test
    void fifoOrder() {
        h().run(() -> {
            for (int cap : new int[]{0, 1, 16}) {
                Channel<Integer> c = Channel.make(cap);
                int n = h().load(2000, 100);
                Go.go(() -> {
                    for (int i = 0; i < n; i++) {
                        c.send(i);
                    }
                    c.close();
                });
                int expect = 0;
                for (var v : c) {
                    assertEquals(expect++, v);
                }
                assertEquals(n, expect);
            }
        });
    }

    @Test
    void manyProducersAndConsumersLoseNothing() {
        h().run(() -> {
            int producers = 4, consumers = 4, each = h().load(5000, 30);
            Channel<Integer> c = Channel.make(8);
            AtomicLong sum = new AtomicLong();
            AtomicInteger count = new AtomicInteger();
            Set seen = new Set();
            WaitGroup prod = new WaitGroup("producers");
            WaitGroup cons = new WaitGroup("consumers");
            for (int p = 0; p < producers; p++) {
                int base = p * each;
                prod.go("producer-" + p, () -> {
                    for (int i = 0; i < each; i++) {
                        c.send(base + i);
                    }
                });
            }
            for (int k = 0; k < consumers; k++) {
                cons.go("consumer-" + k, () -> {
                    for (var v : c) {
                        assertTrue(seen.add(v), "duplicate " + v);
                        sum.addAndGet(v);
                        count.incrementAndGet();
                    }
                });
            }
            prod.await();
            c.close();
            cons.await();
            int total = producers * each;
            assertEquals(total, count.get());
            assertEquals((long) total * (total - 1) / 2, sum.get());
        });
    }

    @Test
    void daisyChain() {
        h().run(() -> {
            int n = h().load(100_000, 500);
            Channel<Integer> leftmost = Channel.make();
            Channel<Integer> left = leftmost;
            for (int i = 0; i < n; i++) {
                Channel<Integer> right = Channel.make();
                Channel<Integer> l = left;
                Go.go(() -> l.send(1 + right.receive()));
                left = right;
            }
            Channel<Integer> last = left;
            Go.go(() -> last.send(1));
            assertEquals(n + 1, leftmost.receive());
        });
    }

    /** A concurrent set of seen values. */
    static final class Set {
        private final java.util.Set<Integer> s = ConcurrentHashMap.newKeySet();

        boolean add(int v) {
            return s.add(v);
        }
    }
}
