package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The pace setting: native slows real time; stepped plays virtual time out in real time. */
@Timeout(30)
class PaceTest {

    @Test
    void nativePaceScalesSleeps() {
        RunReport r = Go.run(RunConfig.nativeScheduler().withPace(3), () -> {
            long t0 = System.nanoTime();
            Go.sleep(Duration.ofMillis(20));
            assertTrue(System.nanoTime() - t0 >= 60_000_000L);
        });
        assertTrue(r.ok(), r.outcomeLabel());
    }

    @Test
    void steppedPacePlaysVirtualTimeInRealTime() {
        long t0 = System.nanoTime();
        RunReport r = Go.run(RunConfig.stepped(1).withPace(0.5), () -> Go.sleep(Duration.ofMillis(100)));
        assertTrue(r.ok());
        assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        assertEquals(100_000_000L, r.nanos());
    }
}
