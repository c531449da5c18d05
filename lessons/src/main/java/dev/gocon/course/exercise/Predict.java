package dev.gocon.course.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * "What does this print?": the learner reads a program and predicts its outcome, then gocon runs it
 * under the stepped scheduler and shows the trace that proves the answer.
 *
 * <p>The right answer is never typed in by the author: it is what the program does, found by the
 * {@link Check}, so it cannot go stale when the program changes.
 *
 * @param id            the id within the lesson
 * @param title         one line naming the task
 * @param program       the program to predict
 * @param question      the question, for example "What does it print?"
 * @param choices       the choices to pick from; empty for a free-text answer
 * @param normalisation how an answer and an output are compared
 * @param check         how the right answer is found
 * @param hints         at least one hint
 * @param solution      the explanation shown after a pass
 */
public record Predict(String id, String title, Program program, String question, List<Choice> choices,
                      Normalisation normalisation, Check check, List<String> hints, String solution)
        implements Exercise {

    public Predict {
        Exercise.validate(id, title, hints, solution);
        Objects.requireNonNull(program);
        Objects.requireNonNull(question);
        Objects.requireNonNull(normalisation);
        Objects.requireNonNull(check);
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        if (check instanceof Check.PossibleOutcomes && choices.isEmpty()) {
            throw new IllegalArgumentException(id + ": 'which outputs are possible' needs choices");
        }
    }

    /**
     * One choice: the key the learner types ({@code a}) and the output it stands for.
     */
    public record Choice(String key, String output) {
    }

    /** How the right answer is found. */
    public sealed interface Check {

        /**
         * The output of one run under the stepped scheduler with this seed. With choices, the right
         * choice is the one whose output matches it.
         */
        record Outcome(long seed) implements Check {
        }

        /**
         * "Which outputs are possible? Select all": the set of outputs that exploring every schedule
         * finds ({@code --explore}). The right answer is exactly the choices in that set.
         */
        record PossibleOutcomes() implements Check {
        }
    }

    /** How an answer and an output are made comparable. */
    public enum Normalisation {
        /** Byte for byte. */
        EXACT {
            @Override
            public String apply(String text) {
                return text;
            }
        },
        /** Each line stripped of surrounding spaces; blank lines at the ends dropped. */
        TRIM_LINES {
            @Override
            public String apply(String text) {
                return text.strip().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
            }
        },
        /** Runs of whitespace as one space, ends trimmed, letter case ignored. */
        LOOSE {
            @Override
            public String apply(String text) {
                return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            }
        };

        public abstract String apply(String text);
    }
}
