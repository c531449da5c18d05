package dev.gocon.app.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes a prompt line from the command tree: command names, lesson ids (the generated
 * subcommands of {@code lesson}), options, an option's values (the trace modes) and each parameter's
 * completion candidates (exercise ids).
 *
 * <p>It only reads the tree's model. (picocli's {@code AutoComplete.complete} parses the line with a
 * new {@code CommandLine} over the same model, which re-attaches the model to that command line and its
 * default writers; the prompt runs every line on this tree, so that is not used here.)
 */
final class CommandCompleter implements Completer {

    private final CommandSpec tree;

    CommandCompleter(CommandSpec tree) {
        this.tree = tree;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (String word : offered(line.words().subList(0, line.wordIndex()), typed)) {
            if (word.startsWith(typed)) {
                candidates.add(new Candidate(word));
            }
        }
    }

    /*
     * Walks the words before the cursor down the tree (a command name enters that command, an option
     * that takes a value consumes the next word, anything else is a positional parameter), then offers
     * what may stand at the cursor.
     */
    private Iterable<String> offered(List<String> before, String typed) {
        CommandSpec command = tree;
        OptionSpec awaitingValue = null;
        int positional = 0;
        for (String word : before) {
            if (awaitingValue != null) {
                awaitingValue = null;
                continue;
            }
            CommandLine sub = command.subcommands().get(word);
            OptionSpec option = word.startsWith("-") ? command.findOption(word) : null;
            if (sub != null) {
                command = sub.getCommandSpec();
                positional = 0;
            } else if (option != null) {
                awaitingValue = option.arity().min() > 0 ? option : null;
            } else if (!word.startsWith("-")) {
                positional++;
            }
        }
        if (awaitingValue != null) {
            return orNone(awaitingValue.completionCandidates());
        }
        List<String> words = new ArrayList<>();
        if (typed.startsWith("-")) {
            command.options().stream().filter(o -> !o.hidden()).forEach(o -> words.addAll(List.of(o.names())));
            return words;
        }
        for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
            if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
                words.add(sub.getKey());
            }
        }
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            if (parameter.index().contains(positional) && !parameter.hidden()) {
                orNone(parameter.completionCandidates()).forEach(words::add);
            }
        }
        return words;
    }

    private static Iterable<String> orNone(Iterable<String> candidates) {
        return candidates == null ? List.of() : candidates;
    }
}
