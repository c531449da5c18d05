package dev.gocon.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.record.CastFile;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PresentCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run gocon(Console console, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoconCommand.commandLine(console,
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void refusesAPipeInOneLine() {
        Run run = gocon(Console.piped(Map.of()), "present", "kitchens");
        assertEquals(2, run.code());
        assertEquals("gocon: present needs a terminal; use --print to write the slides as text", run.err().strip());
    }

    @Test
    void printWritesEverySlideAsPlainText() {
        Run run = gocon(Console.piped(Map.of()), "present", "kitchens", "--print", "--theme", "projector");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("── kitchens · 1/"), run.out());
        assertTrue(run.out().contains("Kitchens, cooks and dishes"));
        assertTrue(run.out().contains("The idea"));
        assertFalse(run.out().contains("\033"), "no escape bytes in a pipe");
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 80), "80 columns");
    }

    @Test
    void unknownLessonIsAUsageErrorWithASuggestion() {
        Run run = gocon(Console.piped(Map.of()), "present", "kitchns", "--print");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown lesson 'kitchns' (did you mean kitchens?)"), run.err());
    }

    @Test
    @Timeout(30)
    void presentsOnATerminalWritesNotesAndRecordsACastThatReplaysTheScreen() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Path cast = dir.resolve("talk.cast");
        try (VirtualTerminal vt = new VirtualTerminal(100, 30)) {
            Console console = Console.terminal(vt.terminal, Map.of());
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> gocon(console, "present", "kitchens",
                    "--theme", "projector", "--notes", notes.toString(), "--record", cast.toString()));
            // Keys typed before the presenter reads them wait in the terminal's input, in order.
            vt.type("  q");
            Run result = run.get(20, TimeUnit.SECONDS);
            assertEquals(0, result.code(), result.err());
            String screen = vt.output();
            assertTrue(screen.contains("kitchens · 3/"), "paged to the third slide");

            String written = Files.readString(notes);
            assertTrue(written.contains("kitchens · 1/") && written.contains("kitchens · 3/"), written);

            CastFile recording = CastFile.read(cast);
            assertEquals(100, recording.width());
            assertEquals(30, recording.height());
            assertTrue(recording.output().contains("kitchens · 3/"));
            assertTrue(recording.output().startsWith("\033[?1049h"), "the recording starts with the screen switch");
            assertTrue(recording.output().endsWith(org.jline.utils.Curses.tputs(vt.terminal.getStringCapability(Capability.exit_ca_mode))), "and ends by switching back");
        }
    }

    @Test
    @Timeout(30)
    void shareChecksWhereItListensBeforeTakingTheScreen() throws Exception {
        try (VirtualTerminal vt = new VirtualTerminal(100, 30);
             java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Console console = Console.terminal(vt.terminal, Map.of());
            Run inUse = gocon(console, "present", "kitchens", "--share", "--listen", "127.0.0.1:" + taken.getLocalPort());
            assertEquals(2, inUse.code(), inUse.err());
            assertEquals("gocon: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is in use (choose another with --listen HOST:PORT)", inUse.err().strip());

            Run notHere = gocon(console, "present", "kitchens", "--share", "--listen", "192.0.2.1:7070");
            assertEquals(2, notHere.code());
            assertEquals("gocon: cannot listen on 192.0.2.1: that address is not on this machine", notHere.err().strip());

            Run badPort = gocon(console, "present", "kitchens", "--share", "--listen", "127.0.0.1:99999");
            assertEquals(2, badPort.code());
            assertEquals("gocon: '99999' is not a port: use a number from 0 (any free port) to 65535", badPort.err().strip());
            assertFalse(vt.output().contains("\033[?1049h"), "the screen was never taken");
        }
    }
}
