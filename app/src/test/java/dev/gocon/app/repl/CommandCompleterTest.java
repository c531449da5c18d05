package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Tab completion offers whole words from the command tree: commands, lesson ids, options, exercise ids. */
class CommandCompleterTest {

    private static List<String> complete(String typed) {
        CommandCompleter completer = new CommandCompleter(GoconCommand.commandLine(Console.piped(Map.of()),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).getCommandSpec());
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesCommandsLessonsOptionsAndExerciseIds() {
        assertTrue(complete("lis").contains("list"), complete("lis").toString());
        assertEquals(List.of("kitchens"), complete("lesson kitc"));
        assertTrue(complete("lesson kitchens --de").contains("--demo"));
        assertTrue(complete("check parallelism/b").contains("parallelism/bake-at-once"));
        assertEquals(List.of("LOG"), complete("lesson kitchens --trace LO"), "an option's values");
        assertEquals(List.of("--no-color"), complete("list --no-c"), "an inherited option");
    }

    @Test
    void completingLeavesTheTreeAsItWas() {
        StringWriter out = new StringWriter();
        CommandLine tree = GoconCommand.commandLine(Console.piped(Map.of()), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        List<Candidate> candidates = new ArrayList<>();
        String typed = "lesson kitchens --seed 3 --te";
        new CommandCompleter(tree.getCommandSpec()).complete(null,
                new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE), candidates);
        assertEquals(List.of("--text"), candidates.stream().map(Candidate::value).toList());
        assertEquals(0, tree.execute("lesson", "kitchens", "--text"));
        assertTrue(out.toString().contains("Kitchens"), "the tree still writes where it was built to");
    }
}
