package dev.gocon.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.ProgressStore;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code gocon lesson <id>}: a walk on a terminal, the whole text through a pipe. */
@Timeout(60)
class LessonWalkTest {

    @TempDir
    Path dir;

    @Test
    void onATerminalTheLessonIsAWalkAndItsPlaceIsKept() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (LineDisciplineTerminal terminal = new LineDisciplineTerminal("virtual", "xterm-256color", screen,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 30));
            Workbench workbench = new Workbench(dir.resolve("state"));
            StringWriter out = new StringWriter();
            FutureTask<Integer> run = new FutureTask<>(() -> workbench.callWith(() -> GoconCommand.commandLine(
                    Console.terminal(terminal, Map.of("NO_COLOR", "1")), new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true)).execute("lesson", "channels")));
            Thread.ofPlatform().daemon().start(run);
            String enter = Curses.tputs(terminal.getStringCapability(Capability.enter_ca_mode));
            while (!screen.toString(StandardCharsets.UTF_8).contains("channels 1/")) {
                assertFalse(run.isDone(), "the walk ended early: " + out);
                Thread.sleep(20); // polls for the first frame; the order of events does not rest on it
            }
            assertTrue(screen.toString(StandardCharsets.UTF_8).contains(enter), "the alternate screen is used");
            terminal.processInputBytes(" q".getBytes(StandardCharsets.UTF_8));
            assertEquals(ExitCode.OK, run.get(30, TimeUnit.SECONDS));
            String shown = screen.toString(StandardCharsets.UTF_8);
            assertTrue(shown.contains("The idea"), "the first section");
            assertFalse(shown.contains("Common misconceptions: who receives"), "not the whole text");
            assertEquals("", out.toString(), "nothing is printed after the walk");
            assertEquals(Optional.of("The analogy: the pass and the ticket rail"),
                    new ProgressStore(dir.resolve("state"), w -> { }).read().place("channels"));
        }
    }

    @Test
    void aRunOptionOnATerminalShowsTheLessonAsBeforeWithoutAWalk() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (LineDisciplineTerminal terminal = new LineDisciplineTerminal("virtual", "xterm-256color", screen,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 30));
            StringWriter out = new StringWriter();
            int code = new Workbench(dir.resolve("state")).callWith(() -> GoconCommand.commandLine(
                    Console.terminal(terminal, Map.of("NO_COLOR", "1")), new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true)).execute("lesson", "kitchens", "--text"));
            assertEquals(ExitCode.OK, code);
            assertTrue(out.toString().contains("Common misconceptions"), "the whole text: " + out);
            String enter = Curses.tputs(terminal.getStringCapability(Capability.enter_ca_mode));
            assertFalse(screen.toString(StandardCharsets.UTF_8).contains(enter), "no alternate screen");
        }
    }

    @Test
    void stepAndExplorePrintNoLessonText() {
        Cli step = Cli.run(Console.piped(Map.of(), new ByteArrayInputStream("q\n".getBytes(StandardCharsets.UTF_8))),
                "lesson", "kitchens", "--step", "--no-times");
        assertEquals(ExitCode.OK, step.exitCode(), step.err());
        assertTrue(step.out().contains("step> "), step.out());
        assertFalse(step.out().contains("Kitchens, cooks and dishes"), step.out());
        Cli explore = Cli.run("lesson", "select", "--explore", "5");
        assertEquals(ExitCode.OK, explore.exitCode(), explore.err());
        assertTrue(explore.out().startsWith("explored 5 seeds"), explore.out());
    }
}
