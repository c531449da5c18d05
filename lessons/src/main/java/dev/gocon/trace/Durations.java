package dev.gocon.trace;

import java.time.Duration;

/** Formats durations as Go prints them, shortest form first: {@code 1.5s}, {@code 200ms}, {@code 1m30s}. */
public final class Durations {

    private Durations() {
    }

    /** Go's {@code time.Duration.String()} format, rounded to at most three decimals. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        nanos = Math.abs(nanos);
        if (nanos < 1_000) {
            return sign + nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return sign + trim(nanos / 1_000.0) + "µs";
        }
        if (nanos < 1_000_000_000) {
            return sign + trim(nanos / 1_000_000.0) + "ms";
        }
        long seconds = nanos / 1_000_000_000;
        double rest = (nanos % 60_000_000_000L) / 1e9;
        if (seconds < 60) {
            return sign + trim(nanos / 1e9) + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return sign + minutes + "m" + trim(rest) + "s";
        }
        return sign + (minutes / 60) + "h" + (minutes % 60) + "m" + trim(rest) + "s";
    }

    private static String trim(double value) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
