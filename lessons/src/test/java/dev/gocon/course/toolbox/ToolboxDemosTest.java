package dev.gocon.course.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gocon.course.DemoRun;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the toolbox lesson claims of its demos: three slots cap the crawler at three fetches at once
 * under every seed (the count comes from the fetches, never the clock); more slots let more through.
 */
@Timeout(120)
class ToolboxDemosTest {

    @Test
    void theCrawlerNeverFetchesMoreThanItsSlots() {
        for (long seed = 1; seed <= 30; seed++) {
            assertEquals("9 pages fetched, at most 3 at a time\n", DemoRun.run(new CrawlerDemo(), seed).output(),
                    "seed " + seed);
        }
        assertEquals("9 pages fetched, at most 9 at a time\n",
                DemoRun.run(new CrawlerDemo(), 1L, 2, Map.of("--slots", "9")).output());
        assertEquals("9 pages fetched, at most 1 at a time\n",
                DemoRun.run(new CrawlerDemo(), 1L, 2, Map.of("--slots", "1")).output());
    }

    @Test
    void aCapBelowOneIsRefused() {
        CrawlerDemo demo = new CrawlerDemo();
        assertThrows(IllegalArgumentException.class, () -> demo.run(
                new dev.gocon.course.DemoContext(System.out, 1, true, Map.of("--slots", "0"))));
    }

    @Test
    void theErrGroupReturnsTheFailedPage() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals("first error: page 7: not found\n", DemoRun.run(new ErrGroupDemo(), seed).output());
        }
    }
}
