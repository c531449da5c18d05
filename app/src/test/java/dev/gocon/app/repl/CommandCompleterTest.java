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
    }
}
