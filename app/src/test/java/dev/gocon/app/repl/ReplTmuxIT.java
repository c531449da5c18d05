package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a real terminal: {@code ./gocon} alone in a tmux pane opens the prompt, runs
 * {@code list}, and leaves on {@code q}. Skipped where tmux is not installed.
 */
class ReplTmuxIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final String socket = "gocon-it-" + ProcessHandle.current().pid();

    @TempDir
    Path state;

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /* tmux tells nobody when a pane changes, so this looks a few times a second until the deadline. */
    private String awaitPane(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String pane = "";
        while (System.nanoTime() < deadline) {
            pane = tmux("capture-pane", "-p", "-t", "repl");
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not appear in the pane:\n" + pane);
    }

    private static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (tmuxInstalled()) {
            tmux("kill-server");
        }
    }

    @Test
    @Timeout(120)
    void goconAloneOpensThePromptInATerminal() throws Exception {
        assumeTrue(tmuxInstalled(), "tmux is installed");
        assumeTrue(Files.isExecutable(ROOT.resolve("gocon")), "the launcher is present");
        String command = "cd '" + ROOT + "' && XDG_STATE_HOME='" + state + "' GOCON_NO_AOT=1 ./gocon;"
                + " echo GOCON-EXIT=$?; sleep 30";
        tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", "repl", command);
        awaitPane(Repl.PROMPT.strip());
        tmux("send-keys", "-t", "repl", "list", "Enter");
        String listed = awaitPane("Run one with");
        assertTrue(listed.contains("kitchens"), listed);
        tmux("send-keys", "-t", "repl", "q", "Enter");
        awaitPane("GOCON-EXIT=0");
        assertTrue(Files.readString(state.resolve("gocon/history")).contains("list"), "history kept");
    }
}
