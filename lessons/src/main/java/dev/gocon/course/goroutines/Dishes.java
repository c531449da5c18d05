package dev.gocon.course.goroutines;

import dev.gocon.go.Go;
import java.io.PrintStream;
import java.time.Duration;

/** The three dishes of the goroutines lesson, and Go's way of printing a duration. */
final class Dishes {

    static final String[] NAMES = {"soup", "steak", "cake"};

    static final Duration[] DURATIONS = {
        Duration.ofMillis(300), Duration.ofMillis(700), Duration.ofMillis(1200)};

    private Dishes() {
    }

    /** Works on one dish for a while, then says so: Go's {@code prepare(dish, d)}. */
    static void prepare(PrintStream out, String dish, Duration d) {
        Go.sleep(d);
        out.println(dish + " is done after " + goString(d));
    }

    /** A duration the way Go's {@code time.Duration.String} prints it: 300ms, 1s, 1.2s. */
    static String goString(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        String s = java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
        return s + "s";
    }
}
