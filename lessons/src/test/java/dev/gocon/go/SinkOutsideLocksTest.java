package dev.gocon.go;

import dev.gocon.trace.EventSink;
import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No sink runs while the runtime holds a channel's lock, and a slow sink holds up only the goroutine
 * that delivers to it: the events are recorded under the locks and handed to the sink after them.
 */
class SinkOutsideLocksTest {

    /** How long the probe waits to take a channel's lock before it calls the lock held (never, if all is well). */
    private static final long PROBE_SECONDS = 20;

    /** Unbuffered and buffered sends and receives, a select over both channels, and their closes. */
    private static void program(List<Channel<Integer>> channels) {
        Channel<Integer> pass = Channel.make("pass");
        Channel<Integer> rail = Channel.make("rail", 2);
        channels.add(pass);
        channels.add(rail);
        Go.go("chef", () -> {
            for (int i = 0; i < 5; i++) {
                pass.send(i);
                rail.send(i);
            }
            pass.close();
            rail.close();
        });
        boolean passOpen = true;
        boolean railOpen = true;
        while (passOpen || railOpen) {   // Go's idiom: a closed channel's case becomes the nil channel
            boolean[] ok = {true};
            int i = Select.select(
                    Select.receive(passOpen ? pass : Channel.<Integer>nil(), (v, k) -> ok[0] = k),
                    Select.receive(railOpen ? rail : Channel.<Integer>nil(), (v, k) -> ok[0] = k));
            if (!ok[0]) {
                passOpen &= i != 0;
                railOpen &= i != 1;
            }
        }
    }

    /**
     * At every event, takes the lock of each channel of the program from another thread (through
     * {@link Channel#len()}), waiting for it at most {@link #PROBE_SECONDS}; notes each event during
     * which a lock could not be taken, and each call made while another was still inside the sink.
     */
    private static final class ProbingSink implements EventSink, AutoCloseable {
        final List<Channel<Integer>> channels = new CopyOnWriteArrayList<>();
        final List<String> violations = new CopyOnWriteArrayList<>();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        private final ExecutorService prober = Executors.newSingleThreadExecutor();

        @Override
        public void accept(TraceEvent e) {
            calls.incrementAndGet();
            if (inside.incrementAndGet() != 1) {
                violations.add("two calls at once, at " + e);
            }
            try {
                if (violations.isEmpty()) {
                    for (Channel<Integer> ch : channels) {
                        Future<Integer> len = prober.submit(ch::len);
                        try {
                            len.get(PROBE_SECONDS, TimeUnit.SECONDS);
                        } catch (TimeoutException held) {
                            violations.add(ch.label() + " was locked during " + e);
                        } catch (InterruptedException runEnded) {
                            // main returned: the run stops the goroutine delivering this event
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception other) {
                            violations.add(other + " during " + e);
                        }
                    }
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void close() {
            prober.shutdownNow();
        }
    }

    private static void assertNoSinkUnderALock(RunConfig config) {
        try (ProbingSink sink = new ProbingSink()) {
            RunReport r = Go.run(config.withSink(sink), () -> program(sink.channels));
            assertEquals(RunReport.Outcome.OK, r.outcome(), r.toString());
            assertTrue(sink.calls.get() > 40, "the sink heard the run: " + sink.calls.get() + " events");
            assertEquals(List.of(), sink.violations);
        }
    }

    @Test
    @Timeout(120)
    void steppedSinkNeverRunsUnderAChannelLock() {
        for (long seed = 1; seed <= 5; seed++) {
            assertNoSinkUnderALock(RunConfig.stepped(seed));
        }
    }

    @Test
    @Timeout(120)
    void nativeSinkNeverRunsUnderAChannelLock() {
        for (int run = 0; run < 5; run++) {
            assertNoSinkUnderALock(RunConfig.nativeScheduler());
        }
    }

    /**
     * The sink stops at the first send on {@code orders} until main and a partner have exchanged 100
     * values over that same channel: were the sink called under the channel's lock, they could not,
     * and the run would never end. Every event still arrives, and in the runtime's order.
     */
    @Test
    @Timeout(120)
    void aSlowSinkDoesNotStallOtherGoroutinesChannelOperations() {
        CountDownLatch inSink = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        List<TraceEvent> delivered = new CopyOnWriteArrayList<>();
        EventSink slow = e -> {
            delivered.add(e);
            if (e instanceof TraceEvent.Send s && s.channel().label().equals("orders") && inSink.getCount() > 0) {
                inSink.countDown();
                try {
                    released.await();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        int exchanges = 100;
        RunReport r = Go.run(RunConfig.nativeScheduler().withSink(slow), () -> {
            Channel<Integer> orders = Channel.make("orders", 1);
            Go.go("first-order", () -> orders.send(-1));
            awaitUninterruptibly(inSink);
            orders.receive();
            Go.go("partner", () -> {
                for (int i = 0; i < exchanges; i++) {
                    orders.send(i);
                }
            });
            for (int i = 0; i < exchanges; i++) {
                assertEquals(i, orders.receive());
            }
            released.countDown();
        });
        assertEquals(RunReport.Outcome.OK, r.outcome(), r.toString());
        List<Long> sent = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        for (TraceEvent e : delivered) {
            if (e instanceof TraceEvent.Send s && s.channel().label().equals("orders")) {
                sent.add(s.message());
            } else if (e instanceof TraceEvent.Receive v && v.channel().label().equals("orders")) {
                received.add(v.message());
            }
        }
        assertEquals(exchanges + 1, sent.size(), "every send was delivered");
        assertEquals(sent, received, "the buffer is FIFO, and the trace shows it");
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
