package dev.gocon.app.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run gocon(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoconCommand.commandLine(Console.piped(Map.of()),
                new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void speedZeroDumpsTheOutputAtOnce() throws Exception {
        Path cast = dir.resolve("ok.cast");
        Files.writeString(cast, """
                {"version": 2, "width": 80, "height": 24, "timestamp": 1, "env": {"TERM": "xterm"}}
                [0.1, "o", "one\\r\\n"]
                [600, "o", "two \\u001b[1mbold\\u001b[0m\\r\\n"]
                """);
        Run run = gocon("replay", cast.toString(), "--speed", "0");
        assertEquals(0, run.code(), run.err());
        assertEquals("one\r\ntwo \033[1mbold\033[0m\r\n", run.out());
    }

    @Test
    void aMalformedFileIsOneLineAndExitOne() throws Exception {
        Path cast = dir.resolve("bad.cast");
        Files.writeString(cast, "{\"version\": 2, \"width\": 80, \"height\": 24}\n[0.1, \"o\" \"one\"]\n");
        Run run = gocon("replay", cast.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("bad.cast is not an asciicast v2 recording: line 2: "), run.err());
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        Run run = gocon("replay", dir.resolve("none.cast").toString());
        assertEquals(1, run.code());
        assertEquals("gocon: cannot read " + dir.resolve("none.cast") + ": no such file or folder", run.err().strip());
    }
}
