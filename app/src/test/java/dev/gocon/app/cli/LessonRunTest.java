package dev.gocon.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.record.CastFile;
import dev.gocon.app.term.Console;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code gocon lesson <id>} running demos, through the real command tree with output piped. */
@Timeout(60)
class LessonRunTest {

    @Test
    void theSameSeedPrintsTheSameBytes() {
        Cli first = Cli.run("lesson", "kitchens", "--demo", "--seed", "7");
        Cli second = Cli.run("lesson", "kitchens", "--demo", "--seed", "7");
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("g2 lemon-cake"), first.out());
        assertTrue(first.out().contains("all four dishes ready"), first.out());
        assertEquals(first.out(), second.out());
        assertFalse(first.hasEscapeBytes());
    }

    @Test
    void textThenDemoByDefault() {
        Cli cli = Cli.run("lesson", "kitchens", "--seed", "1");
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        int text = cli.out().indexOf("Kitchens, cooks and dishes");
        int demo = cli.out().indexOf("▶ demo four-dishes");
        assertTrue(text >= 0 && demo > text, cli.out());
    }

    @Test
    void exploreFindsSeveralOutcomesAndEachSeedReplaysIt() {
        Cli cli = Cli.run("lesson", "mutex", "--demo", "lost-update", "--explore", "60");
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        Matcher row = Pattern.compile("(?m)^\\s+\\d+%\\s+seed (\\d+)\\s+(.*)$").matcher(cli.out());
        int outcomes = 0;
        while (row.find()) {
            outcomes++;
            Cli replay = Cli.run("lesson", "mutex", "--demo", "lost-update", "--seed", row.group(1), "--trace", "off");
            assertEquals(row.group(2).strip(), replay.out().strip(), "seed " + row.group(1) + " replays its outcome");
        }
        assertTrue(outcomes >= 2, "a racy demo has several outcomes:\n" + cli.out());
    }

    @Test
    void stepWaitsForAKeyAndStopsOnQ() {
        byte[] keys = "\n\nq\n".getBytes(StandardCharsets.UTF_8);
        Cli cli = Cli.run(Console.piped(Map.of(), new ByteArrayInputStream(keys)),
                "lesson", "kitchens", "--demo", "--step", "--no-times");
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        assertEquals(3, Pattern.compile("(?m)^step> ").matcher(cli.out()).results().count(), cli.out());
        assertTrue(cli.out().contains("step> g1 main: start"), cli.out());
        assertTrue(cli.out().contains("stopped."), cli.out());
    }

    @Test
    void raceOnARaceFreeDemoChangesNothing() {
        Cli plain = Cli.run("lesson", "kitchens", "--demo", "--seed", "7");
        Cli race = Cli.run("lesson", "kitchens", "--demo", "--seed", "7", "--race");
        assertEquals(ExitCode.OK, race.exitCode(), race.err());
        assertEquals(plain.out(), race.out());
    }

    @Test
    void badRunOptionsAreUsageErrors() {
        List<String[]> bad = List.of(
                new String[] {"lesson", "kitchens", "--text", "--demo"},
                new String[] {"lesson", "kitchens", "--demo", "nosuch"},
                new String[] {"lesson", "kitchens", "--procs", "0"},
                new String[] {"lesson", "kitchens", "--pace", "0"},
                new String[] {"lesson", "kitchens", "--trace", "loud"},
                new String[] {"lesson", "kitchens", "--seed", "x"},
                new String[] {"lesson", "kitchens", "--explore", "10", "--seed", "3"},
                new String[] {"lesson", "kitchens", "--explore", "10", "--race"},
                new String[] {"lesson", "kitchens", "--trace-out", "trace.txt"});
        for (String[] args : bad) {
            Cli cli = Cli.run(args);
            assertEquals(ExitCode.USAGE, cli.exitCode(), String.join(" ", args) + "\n" + cli.err());
            assertTrue(cli.err().startsWith("gocon: "), cli.err());
            assertTrue(cli.err().lines().count() <= 2, "one line plus a hint: " + cli.err());
        }
        assertTrue(Cli.run("lesson", "kitchens", "--demo", "nosuch").err().contains("four-dishes"));
    }

    /** A demo's bad option value is refused before the run: no trace, no panic line, exit 2. */
    @Test
    void badDemoOptionsAreRefusedBeforeTheRun() {
        Cli port = Cli.run("lesson", "tcp-server", "--demo", "echo", "--port", "70000");
        assertEquals(ExitCode.USAGE, port.exitCode(), port.err());
        assertEquals("gocon: --port 70000: give a port from 0 to 65535", port.err().strip());
        assertEquals("", port.out());

        Cli listen = Cli.run("lesson", "tcp-server", "--demo", "echo", "--listen", "8.8.8.8");
        assertEquals(ExitCode.USAGE, listen.exitCode(), listen.err());
        assertTrue(listen.err().contains("8.8.8.8 is not an address of this machine"), listen.err());
        assertFalse(listen.err().contains("in use"), listen.err());
        assertEquals("", listen.out());

        Cli tasks = Cli.run("lesson", "stress", "--demo", "stress", "--tasks", "1000000000");
        assertEquals(ExitCode.USAGE, tasks.exitCode(), tasks.err());
        assertFalse(tasks.out().contains("panic"), tasks.out());
    }

    @Test
    void traceOutWritesTheChromeTraceFile(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("k.json");
        Cli cli = Cli.run("lesson", "kitchens", "--demo", "--seed", "3", "--trace", "off", "--trace-out", json.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        String text = Files.readString(json);
        assertTrue(text.strip().startsWith("{") && text.contains("\"traceEvents\""), text);
        assertTrue(text.contains("lemon-cake"), "goroutine tracks are named");
    }

    @Test
    void recordWritesACastThatReplaysWhatWasShown(@TempDir Path dir) throws Exception {
        Path cast = dir.resolve("k.cast");
        Cli cli = Cli.run("lesson", "kitchens", "--seed", "2", "--record", cast.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        CastFile file = CastFile.read(cast);
        assertEquals(80, file.width());
        assertEquals(cli.out(), file.output(), "the recording holds exactly what was shown");
        assertTrue(file.output().contains("Kitchens, cooks and dishes") && file.output().contains("g2 lemon-cake"));
        assertEquals(ExitCode.USAGE, Cli.run("lesson", "kitchens", "--record", cast.toString(), "--trace", "live").exitCode());
    }

    @Test
    void exploreAllCoversEveryScheduleOfASmallDemoAndFindsASeedForEachOutcome() {
        Cli cli = Cli.run("lesson", "select", "--demo", "first-ready", "--explore", "all");
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("explored 2 schedules of demo first-ready: 2 outcomes"), cli.out());
        assertEquals(2, Pattern.compile("(?m)^\\s+50%\\s+seed \\d+").matcher(cli.out()).results().count(), cli.out());
        assertEquals(ExitCode.USAGE, Cli.run("lesson", "select", "--explore", "some").exitCode());
    }
}
