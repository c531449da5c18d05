package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Durations in step descriptions and dumps read as Go prints them ({@code 200ms}), as in the trace. */
class DurationTextTest {

    @Test
    @Timeout(30)
    void aSleepIsDescribedInGosFormat() {
        List<String> ops = new ArrayList<>();
        Chooser recording = (runnable, suggested) -> {
            runnable.forEach(c -> ops.add(c.nextOp()));
            return suggested;
        };
        RunReport r = Go.run(RunConfig.stepped(1).withChooser(recording),
                () -> Go.sleep(Duration.ofMillis(200)));
        assertTrue(r.ok(), r.outcomeLabel());
        assertTrue(ops.contains("sleep 200ms"), ops::toString);
    }

    @Test
    @Timeout(30)
    void aTimerChannelIsNamedInGosFormat() {
        List<String> labels = new ArrayList<>();
        Go.run(RunConfig.stepped(1), () -> {
            labels.add(Go.after(Duration.ofMillis(200)).label());
            labels.add(Go.after(Duration.ofMillis(1500)).label());
        }).throwIfFailed();
        assertEquals(List.of("after 200ms", "after 1.5s"), labels);
    }
}
