package dev.gocon.app.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 300 followers on loopback, the default limit, from 60 addresses (5 each, the per-address limit): half
 * read the asciicast stream, half the state stream, and one never reads at all. The presenter publishes
 * its frames meanwhile. Proved from counts and events, not from clocks: the owner took every frame the
 * presenter produced, the never-reading follower was dropped, no follower ever had more than
 * {@link ShareHub#QUEUE} messages waiting, and every follower still connected saw the last frame.
 */
class ShareLoadTest {

    /** The most frames the presenter produces before the test gives up waiting for the drop. */
    private static final int MAX_FRAMES = 20_000;
    /** Waits of 100 ms in a row with no reader stopping, after the end, before the test gives up on the rest. */
    private static final int STALLED_WAITS = 1_200;

    @Test
    @Timeout(600)
    void threeHundredFollowersCannotSlowThePresenterAndTheOneThatNeverReadsIsDropped() throws Exception {
        CountDownLatch joined = new CountDownLatch(ShareHub.MAX_FOLLOWERS);
        CountDownLatch neverReaderDropped = new CountDownLatch(1);
        AtomicInteger droppedReaders = new AtomicInteger();
        java.util.Map<String, Integer> hubSaid = new java.util.concurrent.ConcurrentHashMap<>();
        try (ShareFixture share = new ShareFixture(what -> {
            hubSaid.merge(what.replaceAll(" at [0-9.]+$", ""), 1, Integer::sum);
            if (what.equals("joined")) {
                joined.countDown();
            } else if (what.equals("dropped a slow follower at 127.0.0.250")) {
                neverReaderDropped.countDown();
            } else if (what.startsWith("dropped a slow follower")) {
                droppedReaders.incrementAndGet();
            }
        })) {
            int port = share.port();
            share.hub.publish(ShareFixture.screen("starting"));
            share.hub.castWriter().write("{\"version\": 2, \"width\": 80, \"height\": 24}\n");

            Socket idle = ShareFixture.get("127.0.0.250", port, "/cast?code=" + ShareFixture.CODE, 4096);

            int readers = ShareHub.MAX_FOLLOWERS - 1;
            CountDownLatch sawTheEnd = new CountDownLatch(readers);
            AtomicInteger endings = new AtomicInteger();
            java.util.Map<String, Integer> readersEnded = new java.util.concurrent.ConcurrentHashMap<>();
            List<Socket> sockets = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                String local = "127.0.0." + (1 + i / ShareHub.PER_ADDRESS);
                String path = (i % 2 == 0 ? "/cast" : "/state") + "?code=" + ShareFixture.CODE;
                Socket socket = ShareFixture.get(local, port, path);
                sockets.add(socket);
                threads.add(Thread.ofVirtual().start(() -> readUntilTheEnd(socket, sawTheEnd, endings, readersEnded)));
            }
            assertTrue(joined.await(300, TimeUnit.SECONDS), "all 300 followers joined");

            String tooMany = ShareFixture.readAll(ShareFixture.get("127.0.0.251", port, "/state?code=" + ShareFixture.CODE));
            assertTrue(tooMany.startsWith("HTTP/1.1 503") && tooMany.contains("too many followers (300)"), tooMany);

            // The presenter goes on producing frames until the follower that never reads is dropped.
            String padding = "x".repeat(100);
            int frames = 0;
            int screens = 0;
            while (neverReaderDropped.getCount() > 0 && frames < MAX_FRAMES) {
                frames++;
                share.hub.castWriter().write("[" + frames + ".000000, \"o\", \"frame " + frames + " " + padding + "\"]\n");
                if (frames % 10 == 0) {
                    share.hub.publish(ShareFixture.screen("frame " + frames));
                    screens++;
                }
                Thread.sleep(1); // a presenter's pace: frames come one by one, not all at once
            }
            share.hub.castWriter().write("[999.000000, \"o\", \"THE END\"]\n");
            share.hub.publish(ShareFixture.screen("THE END"));

            assertTrue(neverReaderDropped.await(300, TimeUnit.SECONDS), "the follower that never reads was dropped");
            long published = 1 + 1 + frames + screens + 2;
            waitForOwner(share.hub, published);
            ShareHub.Stats stats = share.hub.stats();
            assertEquals(published, stats.updates(), "the owner took every frame the presenter produced");
            assertTrue(stats.mostQueued() <= ShareHub.QUEUE, "never more than " + ShareHub.QUEUE + " waiting: " + stats);

            // Every follower still connected sees the last frame; a dropped one has its connection closed.
            // The wait also ends when every reader has stopped reading, or when no reader has stopped in
            // STALLED_WAITS waits in a row (a hang guard, not a speed limit), so that a reader ending any
            // other way, or never, fails the test with what happened instead of hanging it.
            int stalled = 0;
            int lastEnded = -1;
            while (sawTheEnd.getCount() > droppedReaders.get() && stalled < STALLED_WAITS) {
                int ended = readersEnded.values().stream().mapToInt(Integer::intValue).sum();
                if (ended == readers) {
                    break;
                }
                stalled = ended == lastEnded ? stalled + 1 : 0;
                lastEnded = ended;
                sawTheEnd.await(100, TimeUnit.MILLISECONDS);
            }
            assertEquals(readers, endings.get() + droppedReaders.get(), "each reader saw the end or was dropped;"
                    + " readers ended: " + readersEnded + "; the hub said: " + hubSaid + "; " + share.hub.stats());
            System.out.println("share load: " + frames + " frames, " + stats + ", readers dropped " + droppedReaders.get()
                    + ", saw the end " + endings.get());
            idle.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** Waits until the owner has taken {@code count} updates (it reports them as it goes). */
    private static void waitForOwner(ShareHub hub, long count) throws InterruptedException {
        while (hub.stats().updates() < count) {
            Thread.sleep(10); // polling a counter for a condition, not ordering threads
        }
    }

    /* Reads until "THE END"; counts in {@code ended} how the reading stopped (the end, closed, or an error). */
    private static void readUntilTheEnd(Socket socket, CountDownLatch sawTheEnd, AtomicInteger endings,
            java.util.Map<String, Integer> ended) {
        String how = "closed before the end";
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            StringBuilder tail = new StringBuilder();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                tail.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                if (tail.indexOf("THE END") >= 0) {
                    how = "saw the end";
                    endings.incrementAndGet();
                    sawTheEnd.countDown();
                    return;
                }
                tail.delete(0, Math.max(0, tail.length() - 16));
            }
        } catch (java.io.IOException e) {
            how = "error: " + e.getMessage(); // also: closed by the test at the end
        } finally {
            ended.merge(how, 1, Integer::sum);
        }
    }
}
