package dev.gocon.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.term.Console;
import dev.gocon.course.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void listShowsEveryLessonInCourseOrder() {
        Cli cli = Cli.run("list");
        assertEquals(ExitCode.OK, cli.exitCode());
        assertTrue(cli.out().contains("kitchens"), cli.out());
        int last = -1;
        for (var lesson : Catalog.lessons()) {
            int at = cli.out().indexOf(" " + lesson.id() + " ");
            assertTrue(at > last, lesson.id() + " out of order in:\n" + cli.out());
            last = at;
        }
    }

    /** The glossary pairs each kitchen prop with its Go concept; piped, it is plain 80-column text. */
    @Test
    void glossaryShowsTheAnalogyPlainWhenPiped() {
        Cli cli = Cli.run("glossary");
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        for (String pairing : List.of("a goroutine", "an OS thread", "the tally board", "the ready shelf",
                "the ticket rail", "the pass")) {
            assertTrue(cli.out().contains(pairing), pairing + " missing from:\n" + cli.out());
        }
        assertFalse(cli.out().contains("\u001b"), "escape bytes in piped output");
        assertTrue(cli.out().lines().allMatch(l -> l.length() <= 80), "a line wider than 80 columns");
    }

    @Test
    void misspelledLessonIsAUsageErrorWithASuggestion() {
        Cli cli = Cli.run("lesson", "kitchns");
        assertEquals(ExitCode.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("unknown lesson 'kitchns'"), cli.err());
        assertTrue(cli.err().contains("Did you mean: kitchens?"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void usageErrorIsOneLinePlusAHint() {
        Cli cli = Cli.run("list", "--bogus");
        assertEquals(ExitCode.USAGE, cli.exitCode());
        assertEquals(2, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().lines().toList().get(1).startsWith("Try 'gocon list --help'"), cli.err());
    }

    @Test
    void lessonWithoutAnIdIsAUsageError() {
        Cli cli = Cli.run("lesson");
        assertEquals(ExitCode.USAGE, cli.exitCode());
        assertTrue(cli.err().startsWith("gocon: which lesson?"), cli.err());
    }

    @Test
    void versionNamesGoconTheCommitAndTheJavaRuntime() {
        Cli cli = Cli.run("--version");
        assertEquals(ExitCode.OK, cli.exitCode());
        assertTrue(cli.out().startsWith("gocon "), cli.out());
        assertTrue(cli.out().contains("commit "), cli.out());
        assertTrue(cli.out().contains("Java " + Runtime.version()), cli.out());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Cli cli = Cli.run();
        assertEquals(ExitCode.OK, cli.exitCode());
        assertTrue(cli.out().startsWith("Usage: gocon"), cli.out());
        assertTrue(cli.out().contains("lesson"), cli.out());
    }

    @Test
    void pipedLessonHasNoEscapeBytes() {
        Cli cli = Cli.run("lesson", "kitchens", "--text");
        assertEquals(ExitCode.OK, cli.exitCode());
        assertTrue(cli.out().contains("Kitchens"), cli.out());
        assertFalse(cli.hasEscapeBytes());
        assertTrue(cli.out().lines().allMatch(l -> l.length() <= Console.PIPED_WIDTH), "wrapped at 80");
    }

    @Test
    void colourIsForcedByClicolorForceAndRemovedByNoColor() {
        Cli forced = Cli.run(Console.piped(Map.of("CLICOLOR_FORCE", "1")), "list");
        assertTrue(forced.hasEscapeBytes(), "CLICOLOR_FORCE turns colour on");

        Cli noColor = Cli.run(Console.piped(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1")), "list");
        assertFalse(noColor.hasEscapeBytes(), "NO_COLOR wins");

        Cli flag = Cli.run(Console.piped(Map.of("CLICOLOR_FORCE", "1")), "list", "--no-color");
        assertFalse(flag.hasEscapeBytes(), "--no-color wins");

        Cli flagOnRoot = Cli.run(Console.piped(Map.of("CLICOLOR_FORCE", "1")), "--no-color", "lesson", "kitchens", "--text");
        assertFalse(flagOnRoot.hasEscapeBytes(), "--no-color before the subcommand counts too");
    }

    @Test
    void emptyNoColorDoesNotCount() {
        Cli cli = Cli.run(Console.piped(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "")), "list");
        assertTrue(cli.hasEscapeBytes(), "NO_COLOR must be non-empty to apply");
    }

    @Test
    void completionScriptKnowsLessonIds() {
        Cli cli = Cli.run("generate-completion");
        assertEquals(ExitCode.OK, cli.exitCode());
        assertTrue(cli.out().contains("kitchens"), "lesson ids are completed");
        assertTrue(cli.out().contains("complete -F"), "a bash completion script");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"list", "--help"}, {"lesson", "--help"},
                {"lesson", "kitchens", "--help"}, {"generate-completion", "--help"}}) {
            Cli cli = Cli.run(args);
            assertEquals(ExitCode.OK, cli.exitCode(), String.join(" ", args));
            assertTrue(cli.out().startsWith("Usage:"), String.join(" ", args) + ": " + cli.out());
        }
    }
}
