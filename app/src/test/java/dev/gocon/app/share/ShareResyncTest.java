package dev.gocon.app.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How an asciicast follower that fell behind catches up: from a screen newer than the last line it
 * missed, never from an older one (which would leave it without that line's output for good; the
 * load test's followers stayed on an old screen so, now and then, when the presenter's last line came
 * while they were behind). Proved from what reaches the follower's channel and the hub's counters,
 * after the owner's timer has had its chances to offer the old screen.
 */
@Timeout(60)
class ShareResyncTest {

    @Test
    void aFollowerThatMissedALineWaitsForANewerScreenInsteadOfTheOldOne() throws Exception {
        try (ShareHub hub = new ShareHub(ShareHub.MAX_FOLLOWERS, ShareHub.PER_ADDRESS, what -> { })) {
            Writer cast = hub.castWriter();
            cast.write("{\"version\": 2, \"width\": 80, \"height\": 24}\n");
            hub.publish(ShareFixture.screen("old screen"));
            long published = 2;
            awaitOwner(hub, published);

            ShareHub.Follower follower = hub.join(ShareHub.Kind.CAST, "127.0.0.1", () -> { });
            // the header and a redraw of the old screen wait in its queue; fill the rest, then one more
            for (int i = 0; i < ShareHub.QUEUE - 2; i++) {
                line(cast, "frame " + i);
            }
            line(cast, "the line it misses");
            published += ShareHub.QUEUE - 1;
            awaitOwner(hub, published);
            assertEquals(ShareHub.QUEUE, follower.messages().len(), "the queue was full when the line came");

            for (int i = 0; i < ShareHub.QUEUE; i++) {
                assertTrue(!follower.messages().receive().contains("the line it misses"));
            }
            long ticks = hub.stats().resyncTicks();
            while (hub.stats().resyncTicks() < ticks + 3) {
                Thread.sleep(10); // polling a counter: the owner's timer has offered the screen three times
            }
            assertEquals(0, follower.messages().len(), "no redraw of a screen older than the missed line");
            assertEquals(1, hub.stats().lagging(), "the follower still waits for a newer screen");

            hub.publish(ShareFixture.screen("new screen"));
            String redraw = follower.messages().receive();
            assertTrue(redraw.contains("new screen") && redraw.contains("\\u001b[2J"), "a full redraw of the new screen: " + redraw);
            line(cast, "the next line");
            assertTrue(follower.messages().receive().contains("the next line"), "and then the lines again");
        }
    }

    private static void line(Writer cast, String text) throws IOException {
        cast.write("[1.000000, \"o\", \"" + text + "\"]\n");
    }

    private static void awaitOwner(ShareHub hub, long updates) throws InterruptedException {
        while (hub.stats().updates() < updates) {
            Thread.sleep(10); // polling the owner's counter for a condition, not ordering threads
        }
    }
}
