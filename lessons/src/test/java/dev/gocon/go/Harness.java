package dev.gocon.go;

import dev.gocon.trace.Recorder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a contract suite needs from a scheduler: how to run a program, and how hard to push it.
 * One tiny subclass per scheduler (JCTools style) supplies it.
 */
abstract class Harness {

    /** Runs {@code main} (once per seed under the stepped scheduler); fails on panic or deadlock. */
    abstract void run(Task main);

    /** Runs {@code main} once per seed and returns every report. */
    abstract List<RunReport> reports(Task main);

    /** True for the stepped scheduler. */
    abstract boolean stepped();

    /** Scales a load figure down for the stepped scheduler, where every operation is a step. */
    int load(int nativeFigure, int steppedFigure) {
        return stepped() ? steppedFigure : nativeFigure;
    }

    static void rethrow(RunReport r) {
        if (r.failure() != null) {
            Throwable c = r.failure().getCause();
            if (c instanceof AssertionError ae) {
                throw ae;
            }
            throw r.failure();
        }
        if (!r.ok()) {
            throw new AssertionError("run ended with " + r.outcomeLabel());
        }
    }

    static class Native extends Harness {
        /** The configuration of each run. */
        RunConfig config() {
            return RunConfig.nativeScheduler();
        }

        @Override
        void run(Task main) {
            rethrow(Go.run(config(), main));
        }

        @Override
        List<RunReport> reports(Task main) {
            return List.of(Go.run(config(), main));
        }

        @Override
        boolean stepped() {
            return false;
        }
    }

    /**
     * The native scheduler with a {@link Recorder} attached: a traced run wakes a hand-off's waiter
     * under the channel's lock, not after it, so the contracts must hold on that path too.
     */
    static final class Traced extends Native {
        @Override
        RunConfig config() {
            return RunConfig.nativeScheduler().withSink(new Recorder());
        }
    }

    static final class Stepped extends Harness {
        static final int SEEDS = 20;

        @Override
        void run(Task main) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                RunReport r = Go.run(RunConfig.stepped(seed), main);
                try {
                    rethrow(r);
                } catch (RuntimeException | AssertionError e) {
                    e.addSuppressed(new AssertionError("under stepped seed " + seed));
                    throw e;
                }
            }
        }

        @Override
        List<RunReport> reports(Task main) {
            List<RunReport> out = new CopyOnWriteArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                out.add(Go.run(RunConfig.stepped(seed), main));
            }
            return out;
        }

        @Override
        boolean stepped() {
            return true;
        }
    }
}
