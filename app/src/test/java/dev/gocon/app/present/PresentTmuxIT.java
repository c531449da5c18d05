package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real {@code ./gocon present kitchens} in a detached tmux session of 100x30: Space twice, then q.
 * Skipped when tmux is not installed.
 */
class PresentTmuxIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final String socket = "gocon-present-it-" + ProcessHandle.current().pid();

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "tmux answered");
        return out;
    }

    /** Captures the pane until {@code done} holds, or fails after 60 seconds. */
    private String awaitPane(Predicate<String> done, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String pane = "";
        while (System.nanoTime() < deadline) {
            pane = tmux("capture-pane", "-p", "-t", "present");
            if (done.test(pane)) {
                return pane;
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(100); // polling the pane for a condition, not ordering threads
        }
        throw new AssertionError("the pane never showed " + what + ":\n" + pane);
    }

    @AfterEach
    void killServer() throws Exception {
        if (hasTmux()) {
            tmux("kill-server");
        }
    }

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    @Timeout(120)
    void pagesThroughKitchensAndQuitsCleanly() throws Exception {
        assumeTrue(hasTmux(), "tmux is installed");
        assumeTrue(Files.isExecutable(ROOT.resolve("gocon")), "the launcher is present");
        tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", "present",
                "cd '" + ROOT + "' && GOCON_NO_AOT=1 ./gocon present kitchens; echo \"exit=$?\"; sleep 60");
        awaitPane(p -> p.contains("kitchens · 1/"), "the first slide");
        tmux("send-keys", "-t", "present", "Space");
        awaitPane(p -> p.contains("kitchens · 2/"), "the second slide");
        tmux("send-keys", "-t", "present", "Space");
        String third = awaitPane(p -> p.contains("kitchens · 3/"), "the third slide");
        List<String> rows = third.lines().toList();
        assertEquals(30, rows.size(), "the pane is 30 rows high");
        assertTrue(rows.getLast().matches(".*kitchens · 3/\\d+\\s*"), "the counter is in the footer:\n" + third);
        assertTrue(third.contains("Kitchens, cooks and dishes"), "the footer names the lesson");
        tmux("send-keys", "-t", "present", "q");
        String after = awaitPane(p -> p.contains("exit="), "the exit code");
        assertTrue(after.contains("exit=0"), after);
        assertEquals(-1, after.indexOf("kitchens · 3/"), "the slides are gone: the normal screen is back");
    }
}
