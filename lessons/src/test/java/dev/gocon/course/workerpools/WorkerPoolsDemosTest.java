package dev.gocon.course.workerpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoRun;
import dev.gocon.course.Demo;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WorkerPoolsDemosTest {

    private final List<Demo> demos = WorkerPoolsLesson.create().demos();

    @Test
    void everyDemoEndsCleanlyAndRepeatsUnderASeed() {
        for (Demo demo : demos) {
            LongStream.rangeClosed(1, 20).forEach(seed -> {
                DemoRun first = DemoRun.run(demo, seed);
                DemoRun again = DemoRun.run(demo, seed);
                String label = demo.name() + " seed " + seed;
                assertTrue(first.report().ok(), label + ": " + first.report().outcomeLabel());
                assertEquals("", first.report().formatLeaks(), label);
                assertEquals(first.output(), again.output(), label + ": same seed, same bytes");
            });
        }
    }

    @Test
    void theEmailsTakeTheirIdealVirtualTimes() {
        String out = DemoRun.run(new EmailsDemo(), 1L).output();
        assertTrue(out.contains("one by one             1000 ms"), out);
        assertTrue(out.contains("one goroutine each     1 ms"), out);
        assertTrue(out.contains("pool of 100            10 ms"), out);
    }

    @Test
    void theTickerSpacesTheEmails() {
        String out = DemoRun.run(new RateLimitDemo(), 7L).output();
        assertEquals("""
                email 1 sent at 200ms
                email 2 sent at 400ms
                email 3 sent at 600ms
                email 4 sent at 800ms
                email 5 sent at 1s
                """, out);
    }

    @Test
    void durationsPrintAsGoPrintsThem() {
        assertEquals("200ms", RateLimitDemo.goDuration(java.time.Duration.ofMillis(203)));
        assertEquals("1s", RateLimitDemo.goDuration(java.time.Duration.ofMillis(1004)));
        assertEquals("1.2s", RateLimitDemo.goDuration(java.time.Duration.ofMillis(1190)));
    }
}
