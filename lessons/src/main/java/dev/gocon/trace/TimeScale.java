package dev.gocon.trace;

import java.time.Duration;
import java.util.Locale;

/**
 * How a demo's story counts time, so that a timeline's axis speaks its language: kitchen hours for
 * the kitchens ({@code 1.5h}, one hour being 250 ms of run time), plain durations elsewhere
 * ({@code 120ms}, {@code 1.5s}).
 *
 * @param unit         the unit's symbol ({@code h}), or {@code ""} for plain durations
 * @param nanosPerUnit how many run nanoseconds one unit lasts (ignored for plain durations)
 */
public record TimeScale(String unit, long nanosPerUnit) {

    /** Plain durations, as Go prints them. */
    public static final TimeScale REAL = new TimeScale("", 1);

    public TimeScale {
        if (nanosPerUnit < 1) {
            throw new IllegalArgumentException("nanosPerUnit < 1: " + nanosPerUnit);
        }
    }

    /** A story unit named {@code unit} that lasts {@code length} of run time. */
    public static TimeScale of(String unit, Duration length) {
        return new TimeScale(unit, length.toNanos());
    }

    /**
     * {@code nanos} of run time in this scale, at most one decimal: {@code 1.5h}, {@code 120ms}; in a
     * story's unit, two decimals below a tenth of it ({@code 0.05h}), so that a short wait does not
     * read as none.
     */
    public String format(long nanos) {
        if (unit.isEmpty()) {
            return Durations.format(Duration.ofNanos(roundToTenth(nanos)));
        }
        double units = (double) nanos / nanosPerUnit;
        String value = String.format(Locale.ROOT, Math.abs(units) < 0.095 ? "%.2f" : "%.1f", units);
        String trimmed = value.replaceFirst("0+$", ""); // the format always writes a point: "2.0", "0.50"
        return (trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed) + unit;
    }

    /** Rounds down to a tenth of the leading unit, so that a clock reads {@code 1.2s}, not {@code 1.234567s}. */
    private static long roundToTenth(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return nanos / 100_000_000L * 100_000_000L;
        }
        if (nanos >= 1_000_000L) {
            return nanos / 100_000L * 100_000L;
        }
        return nanos / 100L * 100L;
    }
}
