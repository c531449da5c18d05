package dev.gocon.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MultiWriterFifoTest {

    @Test
    void oneWriterGetsItsElementsBackInOrderAcrossChunks() {
        MultiWriterFifo<Integer> fifo = new MultiWriterFifo<>();
        assertTrue(fifo.isEmpty());
        assertNull(fifo.poll());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 2_500; i++) {
                fifo.add(round * 10_000 + i);
            }
            assertFalse(fifo.isEmpty());
            for (int i = 0; i < 2_500; i++) {
                assertEquals(round * 10_000 + i, fifo.poll());
            }
            assertTrue(fifo.isEmpty());
            assertNull(fifo.poll());
        }
    }

    /** Writers on many threads, one taker at a time: nothing lost or doubled, each writer's order kept. */
    @Test
    @Timeout(60)
    void manyWritersOneTakerLoseNothingAndKeepEachWritersOrder() throws Exception {
        int writers = 6;
        int perWriter = 100_000;
        MultiWriterFifo<long[]> fifo = new MultiWriterFifo<>();
        List<long[]> taken = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread taker = Thread.ofPlatform().start(() -> {
            while (writing.get() || !fifo.isEmpty()) {
                long[] e = fifo.poll();
                if (e != null) {
                    taken.add(e);
                }
            }
        });
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long writer = w;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                for (long i = 0; i < perWriter; i++) {
                    fifo.add(new long[] {writer, i});
                }
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        writing.set(false);
        taker.join();

        assertEquals(writers * perWriter, taken.size());
        long[] next = new long[writers];
        for (long[] e : taken) {
            int writer = (int) e[0];
            assertEquals(next[writer], e[1], "writer " + writer + " out of order");
            next[writer]++;
        }
    }
}
