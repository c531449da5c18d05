package dev.gocon.app.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Keeps the completion list to what the learner is looking for: options only once a {@code -} is
 * typed, and the one-letter aliases ({@code l}, {@code n}, {@code c}) never, as they are for typing.
 */
final class CandidateFilter implements Completer {

    private final Completer delegate;

    CandidateFilter(Completer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<Candidate> all = new ArrayList<>();
        delegate.complete(reader, line, all);
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (Candidate candidate : all) {
            String value = candidate.value();
            boolean option = value.startsWith("-");
            if (option != typed.startsWith("-")) {
                continue;
            }
            if (!option && value.length() == 1 && typed.isEmpty()) {
                continue;
            }
            candidates.add(candidate);
        }
    }
}
