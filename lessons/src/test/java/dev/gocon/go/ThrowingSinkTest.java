package dev.gocon.go;

import dev.gocon.trace.EventSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sink that throws is turned off with one warning and never wedges the run: the goroutine that
 * delivers the events is in the middle of a channel or mutex operation, and an escaping exception
 * would end it there and leave the events after it undelivered.
 */
class ThrowingSinkTest {

    private static final int SENDERS = 4;
    private static final int EACH = 50;

    /** Four goroutines hand values to main over one unbuffered channel and share a mutex. */
    private static void program() {
        Channel<Integer> ch = Channel.make("results");
        Mutex mu = new Mutex();
        WaitGroup wg = new WaitGroup();
        for (int s = 0; s < SENDERS; s++) {
            wg.add(1);
            Go.go("sender-" + s, () -> {
                for (int i = 0; i < EACH; i++) {
                    mu.lock();
                    mu.unlock();
                    ch.send(i);
                }
                wg.done();
            });
        }
        for (int i = 0; i < SENDERS * EACH; i++) {
            ch.receive();
        }
        wg.await();
    }

    /** Throws on its {@code failAt}-th event; counts every call. */
    private static EventSink throwingAt(int failAt, AtomicInteger calls) {
        return e -> {
            if (calls.incrementAndGet() == failAt) {
                throw new IllegalStateException("sink broke");
            }
        };
    }

    private static String stderrOf(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static void assertOneWarning(String err) {
        long lines = err.lines().filter(l -> l.contains("trace sink failed")).count();
        assertEquals(1, lines, err);
        assertTrue(err.contains("sink broke"), err);
    }

    @Test
    @Timeout(60)
    void steppedRunCompletesAndWarnsOnce() {
        for (int failAt : new int[] {1, 7, 40, 300}) {
            AtomicInteger calls = new AtomicInteger();
            RunReport[] r = new RunReport[1];
            String err = stderrOf(() -> r[0] = Go.run(RunConfig.stepped(failAt).withSink(throwingAt(failAt, calls)),
                    ThrowingSinkTest::program));
            assertTrue(r[0].ok(), r[0].outcomeLabel());
            assertOneWarning(err);
            assertEquals(failAt, calls.get(), "the sink is off after it threw");
        }
    }

    @Test
    @Timeout(60)
    void nativeRunCompletesAndWarnsOnce() {
        for (int failAt : new int[] {1, 7, 40, 300}) {
            AtomicInteger calls = new AtomicInteger();
            RunReport[] r = new RunReport[1];
            String err = stderrOf(() -> r[0] = Go.run(RunConfig.nativeScheduler().withSink(throwingAt(failAt, calls)),
                    ThrowingSinkTest::program));
            assertTrue(r[0].ok(), r[0].outcomeLabel());
            assertOneWarning(err);
        }
    }

    @Test
    @Timeout(60)
    void aValueWhoseToStringThrowsShowsAsGoDoes() {
        Object bad = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no words");
            }
        };
        assertEquals("%!v(PANIC=String method: no words)", Run.show(bad));
        RunReport r = Go.run(RunConfig.stepped(3).withSink(e -> { }), () -> {
            Channel<Object> ch = Channel.make(1);
            ch.send(bad);
            ch.receive();
        });
        assertTrue(r.ok(), r.outcomeLabel());
    }
}
