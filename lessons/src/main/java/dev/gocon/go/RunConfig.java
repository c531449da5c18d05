package dev.gocon.go;

import dev.gocon.trace.EventSink;

import java.util.List;
import java.util.function.Consumer;

/**
 * How to run a program: which scheduler, where its events go, and how fast time passes.
 *
 * <p>Immutable; start from {@link #nativeScheduler()} or {@link #stepped(long)} and refine with the
 * {@code with} methods:
 * <pre>{@code
 * RunReport r = Go.run(RunConfig.stepped(7).withSink(log::add), () -> demo.run(ctx));
 * }</pre>
 *
 * @param sink      receives every event of the run, or null for none (then no events are built)
 * @param stepped   true for the stepped scheduler (one goroutine at a time, seeded, virtual time)
 * @param seed      the stepped scheduler's seed
 * @param pace      native: every sleep, {@code after} and timer lasts {@code pace} times longer (values
 *                  below 1 mean 1). Stepped: 0 runs as fast as possible; above 0, each jump of the
 *                  virtual clock is also waited out in real time, times {@code pace}
 * @param chooser   stepped: makes the scheduling decisions instead of the seed; null for none
 * @param stepLimit stepped: the run ends with {@link RunReport.Outcome#STEP_LIMIT} after this many
 *                  steps; 0 for no limit
 * @param replay    stepped: decisions to take first, as listed by {@link RunReport#choices()}
 * @param onReport  called with the report as the run ends, before {@code Go.run} returns; may be null
 * @param raceDetector true to check every {@link Shared} access for data races ({@link RunReport#races()})
 */
public record RunConfig(EventSink sink, boolean stepped, long seed, double pace, Chooser chooser, long stepLimit,
                        List<Integer> replay, Consumer<RunReport> onReport, boolean raceDetector) {

    public RunConfig {
        replay = replay == null ? List.of() : List.copyOf(replay);
        if (pace < 0 || Double.isNaN(pace)) {
            throw new IllegalArgumentException("pace must be >= 0: " + pace);
        }
        if (stepLimit < 0) {
            throw new IllegalArgumentException("stepLimit must be >= 0: " + stepLimit);
        }
    }

    /** A configuration without the race detector (the form before it existed). */
    public RunConfig(EventSink sink, boolean stepped, long seed, double pace, Chooser chooser, long stepLimit,
                     List<Integer> replay, Consumer<RunReport> onReport) {
        this(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, false);
    }

    /** Virtual threads on the JDK's scheduler, real time, no sink. */
    public static RunConfig nativeScheduler() {
        return new RunConfig(null, false, 0, 1, null, 0, List.of(), null, false);
    }

    /** The stepped scheduler with this seed, as fast as possible, no sink. */
    public static RunConfig stepped(long seed) {
        return new RunConfig(null, true, seed, 0, null, 0, List.of(), null, false);
    }

    /** This configuration with events going to {@code sink} (null for none). */
    public RunConfig withSink(EventSink sink) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration with another pace. */
    public RunConfig withPace(double pace) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration with another seed (stepped). */
    public RunConfig withSeed(long seed) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration with a chooser (stepped). */
    public RunConfig withChooser(Chooser chooser) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration with a step limit (stepped; 0 for none). */
    public RunConfig withStepLimit(long stepLimit) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration replaying these decisions first (stepped). */
    public RunConfig withReplay(List<Integer> replay) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /** This configuration calling {@code onReport} as the run ends. */
    public RunConfig withOnReport(Consumer<RunReport> onReport) {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, raceDetector);
    }

    /**
     * This configuration with the race detector on: every access to a {@link Shared} variable is checked
     * against the happens-before order of Go's memory model, and the data races found are in
     * {@link RunReport#races()}. Under either scheduler a race is found whatever the schedule; the
     * detector slows {@code Shared} accesses and synchronisation, nothing else.
     */
    public RunConfig withRaceDetector() {
        return new RunConfig(sink, stepped, seed, pace, chooser, stepLimit, replay, onReport, true);
    }
}
