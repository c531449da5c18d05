package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gocon.app.Tmux;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real {@code ./gocon present kitchens} in a detached tmux session of 100x30: Space twice, then q.
 * Skipped when tmux is not installed.
 */
class PresentTmuxIT {

    @Test
    @Timeout(120)
    void pagesThroughKitchensAndQuitsCleanly() throws Exception {
        assumeTrue(Tmux.available(), "tmux is installed");
        try (Tmux tmux = Tmux.start("present", 100, 30,
                "GOCON_NO_AOT=1 ./gocon present kitchens; echo \"exit=$?\"; sleep 60")) {
            tmux.await(p -> p.contains("kitchens · 1/"), "the first slide");
            tmux.send("Space");
            tmux.await(p -> p.contains("kitchens · 2/"), "the second slide");
            tmux.send("Space");
            String third = tmux.await(p -> p.contains("kitchens · 3/"), "the third slide");
            List<String> rows = third.lines().toList();
            assertEquals(30, rows.size(), "the pane is 30 rows high");
            assertTrue(rows.getLast().matches(".*kitchens · 3/\\d+\\s*"), "the counter is in the footer:\n" + third);
            assertTrue(third.contains("Kitchens, cooks and dishes"), "the footer names the lesson");
            tmux.send("q");
            String after = tmux.await(p -> p.contains("exit="), "the exit code");
            assertTrue(after.contains("exit=0"), after);
            assertEquals(-1, after.indexOf("kitchens · 3/"), "the slides are gone: the normal screen is back");
        }
    }
}
