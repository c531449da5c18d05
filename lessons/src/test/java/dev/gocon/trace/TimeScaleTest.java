package dev.gocon.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final TimeScale HOURS = TimeScale.of("h", Duration.ofMillis(500));

    @Test
    void aStoryUnitHasOneDecimalAndNoTrailingZero() {
        assertEquals("0h", HOURS.format(0));
        assertEquals("2h", HOURS.format(Duration.ofMillis(1000).toNanos()));
        assertEquals("10h", HOURS.format(Duration.ofMillis(5000).toNanos()));
        assertEquals("1.5h", HOURS.format(Duration.ofMillis(750).toNanos()));
        assertEquals("0.1h", HOURS.format(Duration.ofMillis(49).toNanos()));
    }

    @Test
    void aWaitShorterThanATenthOfTheUnitDoesNotReadAsNone() {
        Duration threeMinutes = Duration.ofMillis(500).dividedBy(20);
        assertEquals("0.05h", HOURS.format(threeMinutes.toNanos()));
        assertEquals("0.02h", HOURS.format(Duration.ofMillis(10).toNanos()));
    }

    @Test
    void plainDurationsReadAsGoPrintsThem() {
        assertEquals("120ms", TimeScale.REAL.format(Duration.ofMillis(120).toNanos()));
        assertEquals("1.5s", TimeScale.REAL.format(Duration.ofMillis(1500).toNanos()));
    }
}
