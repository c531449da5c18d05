package dev.gocon.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.term.Console;
import dev.gocon.course.catalog.Catalog;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line builds the commands it uses, and the whole tree when it may need any of them. */
class CommandTreeTest {

    private static CommandLine tree(String... args) {
        CommandLine root = GoconCommand.root(Console.piped(Map.of()));
        GoconCommand.addCommands(root, args);
        return root;
    }

    @Test
    void versionBuildsNoCommand() {
        assertEquals(Set.of(), tree("--version").getSubcommands().keySet());
    }

    @Test
    void aCommandBuildsOnlyItself() {
        assertEquals(Set.of("list", "l"), tree("--no-color", "list").getSubcommands().keySet());
        assertEquals(Set.of("check", "c"), tree("c", "--seed", "3").getSubcommands().keySet());
    }

    @Test
    void thePromptBuildsItsOwnTreeSoTheCommandLineBuildsNone() throws java.io.IOException {
        assertEquals(Set.of("repl"), tree("repl", "--script", "-").getSubcommands().keySet());
        CommandLine bare = GoconCommand.root(
                Console.terminal(org.jline.terminal.TerminalBuilder.builder().dumb(true).build(), Map.of()));
        GoconCommand.addCommands(bare, new String[0]);
        assertEquals(Set.of(), bare.getSubcommands().keySet());
    }

    @Test
    void thePromptOnATerminalRunsAsABareGoconSoNoCommandIsRead() throws java.io.IOException {
        try (org.jline.terminal.Terminal dumb = org.jline.terminal.TerminalBuilder.builder().dumb(true).build()) {
            Console terminal = Console.terminal(dumb, Map.of());
            assertArrayEquals(new String[] {"--no-color"},
                    GoconCommand.lineToRun(terminal, new String[] {"repl", "--no-color"}));
            assertArrayEquals(new String[] {"repl", "--help"},
                    GoconCommand.lineToRun(terminal, new String[] {"repl", "--help"}));
            assertArrayEquals(new String[] {"repl", "--script", "-"},
                    GoconCommand.lineToRun(terminal, new String[] {"repl", "--script", "-"}));
        }
        assertArrayEquals(new String[] {"repl"},
                GoconCommand.lineToRun(Console.piped(Map.of()), new String[] {"repl"}));
    }

    @Test
    void aLessonBuildsOnlyThatLesson() {
        CommandLine lesson = tree("lesson", "channels", "--demo").getSubcommands().get("lesson");
        assertEquals(Set.of("channels"), lesson.getSubcommands().keySet());
    }

    @Test
    void aMisspeltLessonBuildsEveryLessonForTheSuggestion() {
        CommandLine lesson = tree("lesson", "chanels").getSubcommands().get("lesson");
        assertEquals(Catalog.lessons().size(), lesson.getSubcommands().size());
    }

    @Test
    void theUsageAPromptAndAnUnknownCommandBuildEverything() {
        int all = GoconCommand.COMMANDS.size();
        for (String[] args : new String[][] {{}, {"--help"}, {"chek"}, {"repl", "--help"},
                {"generate-completion"}}) {
            CommandLine root = tree(args);
            assertTrue(root.getSubcommands().values().stream().distinct().count() >= all, String.join(" ", args));
            assertEquals(Catalog.lessons().size(), root.getSubcommands().get("lesson").getSubcommands().size());
        }
    }
}
