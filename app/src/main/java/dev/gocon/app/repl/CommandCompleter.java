package dev.gocon.app.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Completes a prompt line from the command tree: command names, lesson ids (the generated
 * subcommands of {@code lesson}), options, and each parameter's completion candidates (exercise ids).
 *
 * <p>picocli's {@link AutoComplete#complete} does the work; it returns what would finish the word
 * under the cursor, and JLine wants whole words, so each candidate is the typed part plus the rest.
 * (The picocli-shell-jline3 module offers the same, but it is built for JLine 3.)
 */
final class CommandCompleter implements Completer {

    private final CommandSpec tree;

    CommandCompleter(CommandSpec tree) {
        this.tree = tree;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String[] words = line.words().toArray(String[]::new);
        List<CharSequence> rests = new ArrayList<>();
        AutoComplete.complete(tree, words, line.wordIndex(), line.wordCursor(), line.cursor(), rests);
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (CharSequence rest : rests) {
            candidates.add(new Candidate(typed + rest));
        }
    }
}
