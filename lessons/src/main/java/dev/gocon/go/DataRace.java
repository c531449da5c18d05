package dev.gocon.go;

/**
 * A data race the race detector found: two accesses to the same {@link Shared} variable by two
 * goroutines, at least one a write, with no happens-before order between them.
 *
 * <p>Like two cooks reaching for the same pot without a word: nothing in the kitchen (no pass, no key,
 * no tally board) says who goes first, so either may, and tomorrow it may be the other. That the dish
 * came out right today proves nothing.
 *
 * <p>{@link #report()} prints it as Go's race detector does, naming the variable and the lesson's
 * places instead of addresses and program counters:
 * <pre>
 * ==================
 * WARNING: DATA RACE
 * Write at counter by goroutine 7 (adder-2):
 *   Counter.main.func1()
 *       Counter.java:14
 *
 * Previous read at counter by goroutine 6 (adder-1):
 *   Counter.main.func1()
 *       Counter.java:14
 *
 * Goroutine 7 (adder-2, running) created at:
 *   Counter.main()
 *       Counter.java:12
 *
 * Goroutine 6 (adder-1, finished) created at:
 *   Counter.main()
 *       Counter.java:12
 * ==================
 * </pre>
 *
 * @param variable the {@link Shared} variable's name
 * @param access   the access that found the race (the later one in the run)
 * @param previous the earlier access it races with
 */
public record DataRace(String variable, Access access, Access previous) {

    /**
     * A place in the program: the function (a lambda is named as Go names a closure:
     * {@code Counter.main.func1}), its file and line.
     */
    public record Place(String function, String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /**
     * One of the two accesses.
     *
     * @param write         true for a write ({@link Shared#set}), false for a read ({@link Shared#get})
     * @param goroutine     the id of the goroutine that made it
     * @param goroutineName its name, {@code ""} if none
     * @param place         where in the program
     * @param createdAt     where that goroutine was started ({@code go} statement); null for main
     * @param finished      true if that goroutine had finished when the race was found
     * @param nanos         when the access happened, as trace events count time
     */
    public record Access(boolean write, long goroutine, String goroutineName, Place place, Place createdAt,
                         boolean finished, long nanos) {

        /** {@code goroutine 7 (adder-2)}, {@code goroutine 7} for an unnamed one; Go's {@code main goroutine}. */
        String goroutineText() {
            if (goroutine == 1) {
                return "main goroutine";
            }
            return "goroutine " + goroutine + (goroutineName.isEmpty() ? "" : " (" + goroutineName + ")");
        }
    }

    /** The race in Go's format, between two {@code ==================} lines, ending with a newline. */
    public String report() {
        String rule = "==================\n";
        StringBuilder b = new StringBuilder(rule).append("WARNING: DATA RACE\n");
        b.append(access.write ? "Write" : "Read").append(" at ").append(variable).append(" by ")
                .append(access.goroutineText()).append(":\n").append(format(access.place));
        b.append('\n').append(previous.write ? "Previous write" : "Previous read").append(" at ").append(variable)
                .append(" by ").append(previous.goroutineText()).append(":\n").append(format(previous.place));
        creation(b, access);
        creation(b, previous);
        return b.append(rule).toString();
    }

    private static void creation(StringBuilder b, Access a) {
        if (a.createdAt == null) {
            return;
        }
        b.append("\nGoroutine ").append(a.goroutine).append(" (")
                .append(a.goroutineName.isEmpty() ? "" : a.goroutineName + ", ")
                .append(a.finished ? "finished" : "running").append(") created at:\n").append(format(a.createdAt));
    }

    private static String format(Place p) {
        return "  " + p.function() + "()\n      " + p.file() + ":" + p.line() + "\n";
    }

    @Override
    public String toString() {
        return report();
    }
}
