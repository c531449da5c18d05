package dev.gocon.app.render.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gocon.app.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real kitchens demo with its live lanes in an 80x24 tmux pane: the lanes show, Ctrl-C stops the
 * demo at once with exit code 130, and the cursor and the shell are usable again. Skipped without tmux.
 */
class LiveDemoTmuxIT {

    @Test
    @Timeout(120)
    void liveLanesThenCtrlCGivesTheTerminalBack() throws Exception {
        assumeTrue(Tmux.available(), "tmux is installed");
        try (Tmux tmux = Tmux.start("live", 80, 24,
                "GOCON_NO_AOT=1 ./gocon lesson kitchens --demo --pace 50; echo \"exit=$?\"; sleep 60")) {
            String lanes = tmux.await(p -> p.contains("g2 lemon-cake") && p.contains("@carrier-"), "the lanes");
            assertTrue(lanes.contains("g1 main"), lanes);
            assertEquals("0", tmux.display("#{cursor_flag}"), "the cursor is hidden while the lanes are drawn");
            tmux.send("C-c");
            String after = tmux.await(p -> p.contains("exit="), "the exit code");
            assertTrue(after.contains("exit=130"), after);
            assertTrue(after.contains("stopped"), "the run says it was stopped:\n" + after);
            assertEquals("1", tmux.display("#{cursor_flag}"), "the cursor is visible again");
        }
    }
}
