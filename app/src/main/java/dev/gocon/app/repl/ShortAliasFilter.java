package dev.gocon.app.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Leaves the one-letter aliases ({@code l}, {@code n}, {@code c}) out of the completion list: they
 * are for typing, and would only crowd the full names the learner is looking for.
 */
final class ShortAliasFilter implements Completer {

    private final Completer delegate;

    ShortAliasFilter(Completer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<Candidate> all = new ArrayList<>();
        delegate.complete(reader, line, all);
        for (Candidate candidate : all) {
            if (candidate.value().length() > 1 || line.word().length() == 1) {
                candidates.add(candidate);
            }
        }
    }
}
