package dev.gocon.go;

import java.util.List;

/**
 * How a run ended, returned by {@link Go#run(RunConfig, Task)}.
 *
 * @param outcome      how it ended
 * @param failure      the panic or {@link Deadlock} that ended it, or null
 * @param leaked       the goroutines other than main still blocked (in a channel operation, a lock, a
 *                     sleep) when the run ended, or that never ran at all (state {@code runnable}), in
 *                     id order: the leaks
 * @param steps        stepped: the number of scheduling steps taken; native: 0
 * @param choices      stepped: every decision made where there was more than one option (an index into
 *                     the runnable goroutines, or into a select's ready cases); replay a prefix with
 *                     {@link RunConfig#withReplay} to undo
 * @param choiceWidths stepped: how many options each of those decisions had
 * @param nanos        how long the run took: real time under native, virtual time under stepped
 * @param races        the data races found, in the order found, if the run had
 *                     {@link RunConfig#withRaceDetector() the race detector} on; otherwise empty
 */
public record RunReport(Outcome outcome, Panic failure, List<LeakedGoroutine> leaked, long steps,
                        List<Integer> choices, List<Integer> choiceWidths, long nanos, List<DataRace> races) {

    /** Go's exit status for a program in which the race detector found a race. */
    public static final int RACE_EXIT_STATUS = 66;

    /** How a run ended. */
    public enum Outcome {
        /** Main returned. */
        OK,
        /** A goroutine panicked (an exception escaped it). */
        PANIC,
        /** Every goroutine was blocked and no timer pending. */
        DEADLOCK,
        /** The stepped scheduler reached the configured step limit. */
        STEP_LIMIT,
        /** The chooser returned {@link Chooser#STOP}. */
        STOPPED
    }

    /**
     * A goroutine still blocked when the run ended.
     *
     * @param id     its id
     * @param name   its name, {@code ""} if none
     * @param state  Go's label for what it waited in ({@code chan receive}, {@code semacquire},
     *               {@code sleep})
     * @param object the label of the channel or lock it waited on, or {@code ""}
     */
    public record LeakedGoroutine(long id, String name, String state, String object) {
        @Override
        public String toString() {
            String who = name.isEmpty() ? "g" + id : "g" + id + " " + name;
            return "goroutine " + id + " [" + state + "]: " + who + (object.isEmpty() ? "" : " on " + object);
        }
    }

    public RunReport {
        leaked = List.copyOf(leaked);
        choices = List.copyOf(choices);
        choiceWidths = List.copyOf(choiceWidths);
        races = races == null ? List.of() : List.copyOf(races);
    }

    /** A report without races (the form before the race detector existed). */
    public RunReport(Outcome outcome, Panic failure, List<LeakedGoroutine> leaked, long steps,
                     List<Integer> choices, List<Integer> choiceWidths, long nanos) {
        this(outcome, failure, leaked, steps, choices, choiceWidths, nanos, List.of());
    }

    /** True if main returned normally. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** A short label: {@code ok}, {@code deadlock}, {@code panic: MESSAGE}, {@code step limit}, {@code stopped}. */
    public String outcomeLabel() {
        return switch (outcome) {
            case OK -> "ok";
            case DEADLOCK -> "deadlock";
            case PANIC -> "panic: " + failure.getMessage();
            case STEP_LIMIT -> "step limit";
            case STOPPED -> "stopped";
        };
    }

    /** Throws the panic or deadlock that ended the run, if any. */
    public void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The leak report: {@code ""} if no goroutine was left behind, otherwise a header line and one
     * line per goroutine:
     * <pre>
     * 2 goroutines still blocked when main returned (leaked):
     *   goroutine 3 [chan send]: g3 chef-2 on orders
     * </pre>
     * The header says "left behind" instead when some of them never ran ({@code [runnable]}).
     */
    public String formatLeaks() {
        if (leaked.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(leaked.size()).append(leaked.size() == 1 ? " goroutine" : " goroutines")
                .append(leaked.stream().anyMatch(g -> g.state().equals("runnable"))
                        ? " left behind when main returned (leaked):\n"
                        : " still blocked when main returned (leaked):\n");
        for (LeakedGoroutine g : leaked) {
            b.append("  ").append(g).append('\n');
        }
        return b.toString();
    }

    /**
     * The race report as Go prints it: {@code ""} if no race was found, otherwise each race's
     * {@link DataRace#report()} and a last line {@code Found N data race(s)}.
     */
    public String formatRaces() {
        if (races.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (DataRace r : races) {
            b.append(r.report());
        }
        return b.append("Found ").append(races.size()).append(" data race(s)\n").toString();
    }
}
