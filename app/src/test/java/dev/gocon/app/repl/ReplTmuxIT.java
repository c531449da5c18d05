package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gocon.app.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a real terminal: {@code ./gocon} alone in a tmux pane opens the prompt, runs
 * {@code list}, and leaves on {@code q}, keeping its history. Skipped where tmux is not installed.
 */
class ReplTmuxIT {

    @TempDir
    Path state;

    @Test
    @Timeout(120)
    void goconAloneOpensThePromptInATerminal() throws Exception {
        assumeTrue(Tmux.available(), "tmux is installed");
        try (Tmux tmux = Tmux.start("repl", 100, 30, "XDG_STATE_HOME='" + state + "' GOCON_NO_AOT=1 ./gocon;"
                + " echo GOCON-EXIT=$?; sleep 30")) {
            tmux.await(p -> p.contains(Repl.PROMPT.strip()), "the prompt");
            tmux.send("list", "Enter");
            String listed = tmux.await(p -> p.contains("Run one with"), "the end of the list");
            assertTrue(listed.contains("errors"), "the last lesson is listed:\n" + listed);
            tmux.send("q", "Enter");
            tmux.await(p -> p.contains("GOCON-EXIT=0"), "a clean exit");
            assertTrue(Files.readString(state.resolve("gocon/history")).contains("list"), "history kept");
        }
    }
}
