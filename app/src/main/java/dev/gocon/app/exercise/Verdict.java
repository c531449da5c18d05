package dev.gocon.app.exercise;

import java.time.Duration;
import java.util.List;

/**
 * What a check of the learner's code came to. Each kind prints as one line (a compile failure as
 * three lines per error: the message, the source line and a caret; a deadlock adds Go's report, one
 * line per goroutine), because the learner reads it in a prompt, between two edits.
 */
public sealed interface Verdict {

    /** The lines to show. */
    List<String> lines();

    /** True for a pass. */
    default boolean passed() {
        return this instanceof Passed;
    }

    /** The check passed. */
    record Passed() implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("passed: every check succeeded.");
        }
    }

    /**
     * The file did not compile: per error, {@code File.java:LINE: message}, then the source line and
     * a caret under the column, as javac shows them.
     */
    record CompileFailed(List<String> diagnostics) implements Verdict {
        @Override
        public List<String> lines() {
            return diagnostics;
        }
    }

    /** An assertion failed or the learner's code threw: the reason, in one line. */
    record Failed(String reason) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed: " + reason);
        }
    }

    /**
     * The check failed under one seed of the stepped scheduler; the same seed replays the same
     * interleaving ({@code gocon check ID --seed N}).
     */
    record FailedWithSeed(long seed, String reason) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed with seed " + seed + ": " + reason);
        }
    }

    /**
     * The check did not finish within its limit, and was killed; {@code explanation} says who was
     * blocked on what (a deadlock) or who was still running (an endless loop or a livelock).
     */
    record TimedOut(Duration limit, String explanation) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("timed out after " + limit.toSeconds() + " s: " + explanation);
        }
    }

    /**
     * The learner's code makes a call a check refuses (it ends the JVM, writes files, starts a process,
     * uses reflection, reaches into gocon or looks for the solution), found before it ran.
     *
     * @param reason what was refused and where, in one sentence
     * @param others how many more refused calls there are
     */
    record Refused(String reason, int others) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("refused: " + reason + (others > 0 ? " (and " + others + " more)" : "") + ".");
        }
    }

    /** The learner's code had more platform threads alive at once than the check allows. */
    record TooManyThreads(int cap) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed: more than " + cap + " platform threads at once; goroutines (Go.go) are "
                    + "virtual threads and cost almost nothing, a platform thread each is what stopped the check.");
        }
    }

    /** Something ended the child JVM before the check finished (a panic outside {@code Go.run}, say). */
    record Exited(int status) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed: the program ended the JVM (status " + status + ") before the check could "
                    + "judge it; return from the method instead.");
        }
    }

    /** The learner's code used up the child JVM's heap. */
    record OutOfMemory(int heapMegabytes) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed: out of memory (the check has " + heapMegabytes
                    + " MB): does something grow without end?");
        }
    }

    /** The child JVM ended without a verdict, for a reason the runner cannot tell. */
    record Crashed(int status) implements Verdict {
        @Override
        public List<String> lines() {
            return List.of("failed: the check's JVM ended with status " + status + " before giving a verdict; "
                    + "see the output above" + (status == 134 ? ", and the JVM's own report in "
                    + ExerciseRunner.CRASH_LOG.replace("%p", "<pid>") : "") + ".");
        }
    }
}
