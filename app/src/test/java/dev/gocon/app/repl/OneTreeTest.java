package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.Console;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One command tree serves a whole session, and nothing one line gives (a global option, a command's
 * option) holds for the next line.
 */
@Timeout(60)
class OneTreeTest {

    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /* Piped, but with colour forced on, so that --no-color shows in the output. */
    private final CommandLine tree = GoconCommand.commandLine(Console.piped(Map.of("CLICOLOR_FORCE", "1")),
            new PrintWriter(out, true), new PrintWriter(err, true));

    /* Runs the lines as a script on the one tree; returns what each line printed, in order. */
    private String[] session(String... lines) {
        StringWriter echo = new StringWriter();
        int code = new Script(tree, new Workbench(dir.resolve("state")))
                .run(new BufferedReader(new StringReader(String.join("\n", lines))), new PrintWriter(echo, true),
                        new PrintWriter(err, true));
        assertEquals(ExitCode.OK, code, err.toString());
        assertEquals(lines.length, echo.toString().lines().count(), "every line was echoed");
        return out.toString().split("\\Q" + SEPARATOR + "\\E", -1);
    }

    /* A line that prints a marker between the outputs of the lines around it. */
    private static final String SEPARATOR = "## next line ##";

    @Test
    void noColorHoldsForItsLineOnly() {
        tree.addSubcommand("mark", new CommandLine(new Mark()).setOut(tree.getOut()));
        String[] shown = session("--no-color list", "mark", "list", "mark", "list --no-color", "mark",
                "lesson kitchens --text", "mark", "--no-color lesson kitchens --text", "mark",
                "lesson kitchens --text --no-color");
        assertEquals(6, shown.length);
        assertFalse(shown[0].contains(ESC), "--no-color before the command");
        assertTrue(shown[1].contains(ESC), "the next line has colour again");
        assertFalse(shown[2].contains(ESC), "--no-color after the command");
        assertTrue(shown[3].contains(ESC), "a lesson in colour");
        assertFalse(shown[4].contains(ESC), "--no-color before a lesson's two command names");
        assertFalse(shown[5].contains(ESC), "--no-color after them");
    }

    @Test
    void aCommandsOptionsAreResetForTheNextLine() {
        session("lesson kitchens --text --seed 3 --no-times");
        CommandLine kitchens = tree.getSubcommands().get("lesson").getSubcommands().get("kitchens");
        assertEquals(Long.valueOf(3), kitchens.getCommandSpec().findOption("--seed").<Long>getValue());
        session("lesson kitchens --text");
        assertSame(kitchens, tree.getSubcommands().get("lesson").getSubcommands().get("kitchens"), "the same tree");
        assertNull(kitchens.getCommandSpec().findOption("--seed").getValue(), "--seed 3 was reset");
        assertEquals(Boolean.FALSE, kitchens.getCommandSpec().findOption("--no-times").getValue());
    }

    @Test
    void stacktraceHoldsForItsLineOnly() {
        session("--stacktrace list");
        assertTrue(((GoconCommand) tree.getCommand()).globals().stacktrace());
        session("list");
        assertFalse(((GoconCommand) tree.getCommand()).globals().stacktrace());
    }

    /** Prints {@link #SEPARATOR}. */
    @Command(name = "mark")
    static final class Mark implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().print(SEPARATOR);
            spec.commandLine().getOut().flush();
        }
    }
}
