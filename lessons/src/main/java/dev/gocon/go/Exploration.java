package dev.gocon.go;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcomes of many runs of one program under different schedules, as an outcome histogram.
 *
 * @param histogram the outcomes, most frequent first (ties in order of first appearance)
 * @param runs      the number of runs made
 * @param complete  exhaustive mode: true if every schedule was tried; seeds mode: always true
 * @param message   why the search stopped short ({@code "too large: ..."}), or {@code ""}
 * @param <O>       the outcome type
 */
public record Exploration<O>(List<Entry<O>> histogram, int runs, boolean complete, String message) {

    /**
     * One outcome.
     *
     * @param outcome       the outcome
     * @param count         how many runs had it
     * @param share         {@code count / runs}
     * @param firstSeed     the first seed that produced it (seeds mode), or -1 (exhaustive mode)
     * @param firstSchedule the decisions of the first run that produced it: replay them with
     *                      {@code RunConfig.stepped(seed).withReplay(firstSchedule)}
     * @param <O>           the outcome type
     */
    public record Entry<O>(O outcome, int count, double share, long firstSeed, List<Integer> firstSchedule) {
        public Entry {
            firstSchedule = List.copyOf(firstSchedule);
        }
    }

    public Exploration {
        histogram = List.copyOf(histogram);
    }

    /** The distinct outcomes, most frequent first. */
    public List<O> outcomes() {
        return histogram.stream().map(Entry::outcome).toList();
    }

    /**
     * One line: {@code counter=2000 71% seed 3 | counter=1999 22% seed 8 | deadlock 7% seed 41}; in
     * exhaustive mode the schedule replaces the seed; followed by the message if the search was cut short.
     */
    public String format() {
        String line = histogram.stream().map(e -> e.outcome() + " " + Math.round(e.share() * 100) + "% "
                        + (e.firstSeed() >= 0 ? "seed " + e.firstSeed() : "schedule " + e.firstSchedule()))
                .collect(Collectors.joining(" | "));
        return message.isEmpty() ? line : line + "\n" + message;
    }
}
