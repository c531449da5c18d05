package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run gocon(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Workbench(dir.resolve("state")).callWith(() -> GoconCommand.commandLine(
                Console.piped(Map.of()), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runsEachLineEchoedAndStopsAtTheFirstFailure() throws Exception {
        Path script = dir.resolve("script.txt");
        Files.writeString(script, "# a comment\n\nlist\nlesson kitchns\nlist\n");
        Run run = gocon("repl", "--script", script.toString());
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertTrue(run.out().startsWith(Repl.PROMPT + "list\n"), run.out());
        assertTrue(run.out().contains(Repl.PROMPT + "lesson kitchns"), run.out());
        assertEquals(1, run.out().split(Repl.PROMPT + "list", -1).length - 1, "the last line never ran");
        assertTrue(run.err().contains("Did you mean: kitchens"), run.err());
        assertTrue(run.err().contains("stopped at line 4"), run.err());
    }

    @Test
    void aScriptThatSucceedsExitsZeroAndQEndsIt() throws Exception {
        Path script = dir.resolve("ok.txt");
        Files.writeString(script, "l\nq\nlesson nope\n");
        Run run = gocon("repl", "--script", script.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("kitchens"));
        assertFalse(run.out().contains("nope"));
    }

    @Test
    void withoutATerminalThePromptIsNeverOpened() throws Exception {
        Run run = gocon("repl");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("--script"), run.err());
        assertTrue(gocon().out().startsWith("Usage: gocon"), "gocon alone, piped, prints the usage");
    }

    @Test
    void aMissingScriptIsAUsageError() throws Exception {
        Run run = gocon("repl", "--script", dir.resolve("none.txt").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("no such script"), run.err());
    }
}
