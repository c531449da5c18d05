package dev.gocon.app.exercise;

import dev.gocon.course.DemoContext;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.go.Chooser;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.go.StepChoice;
import dev.gocon.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * One game of "play the scheduler": the exercise's program runs under the stepped scheduler, and at
 * every step where more than one goroutine could run, the learner picks which one does.
 *
 * <p>The run goes on its own thread; the scheduler's {@link Chooser} hands each decision over to the
 * learner's thread and waits for the answer. {@link #undo()} and {@link #reset()} start the run again
 * and replay the decisions kept (the stepped scheduler's replay), so the same seed brings back the
 * same state. Steps with only one runnable goroutine are taken without asking.
 */
public final class PlaySession implements AutoCloseable {

    /** Where the run stands. */
    public sealed interface State {
    }

    /** Waiting for the learner: these goroutines can run next, each with its next operation. */
    public record Waiting(List<StepChoice> runnable) implements State {
    }

    /** The run is over. */
    public record Ended(RunReport report) implements State {
    }

    private static final int PROCS = 2;

    private final PlayScheduler exercise;
    private final long seed;
    private final List<Integer> decisions = new ArrayList<>();
    private final List<TraceEvent> trace = new CopyOnWriteArrayList<>();
    private ByteArrayOutputStream output = new ByteArrayOutputStream();
    private BlockingQueue<State> states;
    private SynchronousQueue<Integer> answers;
    private Thread run;
    private State state;

    /** A game of {@code exercise} under {@code seed}; call {@link #start()} first. */
    public PlaySession(PlayScheduler exercise, long seed) {
        this.exercise = exercise;
        this.seed = seed;
    }

    /** Starts the run and waits for the first decision (or the end). */
    public State start() throws InterruptedException {
        return restart();
    }

    /** Lets {@code runnable().get(index)} take the next step. */
    public State step(int index) throws InterruptedException {
        if (!(state instanceof Waiting waiting) || index < 0 || index >= waiting.runnable().size()) {
            throw new IllegalStateException("no such choice: " + index);
        }
        decisions.add(index);
        answers.put(index);
        return await();
    }

    /** Lets goroutine {@code id} run until it is no longer runnable (it blocked or ended). */
    public State runUntilBlocked(long id) throws InterruptedException {
        for (int steps = 0; steps < 10_000 && state instanceof Waiting waiting; steps++) {
            int index = indexOf(waiting, id);
            if (index < 0) {
                break;
            }
            step(index);
        }
        return state;
    }

    /** Takes back the last decision. */
    public State undo() throws InterruptedException {
        if (!decisions.isEmpty()) {
            decisions.removeLast();
        }
        return restart();
    }

    /** Starts over from the beginning. */
    public State reset() throws InterruptedException {
        decisions.clear();
        return restart();
    }

    /** Where the run stands now. */
    public State state() {
        return state;
    }

    /** Every trace event of the run so far. */
    public List<TraceEvent> trace() {
        return List.copyOf(trace);
    }

    /** What the program printed so far. */
    public String output() {
        synchronized (this) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** True if the run so far reaches the exercise's goal. */
    public boolean goalReached() {
        boolean deadlocked = state instanceof Ended ended && ended.report().outcome() == RunReport.Outcome.DEADLOCK;
        boolean finished = state instanceof Ended ended && ended.report().ok();
        return exercise.goal().test(new PlayScheduler.RunSoFar(trace(), output(), deadlocked, finished));
    }

    /** The index of goroutine {@code id} among the runnable ones, or -1. */
    public static int indexOf(Waiting waiting, long id) {
        for (int i = 0; i < waiting.runnable().size(); i++) {
            if (waiting.runnable().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private State restart() throws InterruptedException {
        stop();
        trace.clear();
        synchronized (this) {
            output = new ByteArrayOutputStream();
        }
        BlockingQueue<State> states = new LinkedBlockingQueue<>();
        SynchronousQueue<Integer> answers = new SynchronousQueue<>();
        this.states = states;
        this.answers = answers;
        PrintStream out = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                synchronized (PlaySession.this) {
                    output.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8);
        Chooser chooser = (runnable, suggested) -> {
            if (runnable.size() == 1) {
                return 0;
            }
            try {
                states.put(new Waiting(List.copyOf(runnable)));
                return answers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Chooser.STOP;
            }
        };
        RunConfig config = RunConfig.stepped(seed).withChooser(chooser).withSink(trace::add)
                .withReplay(List.copyOf(decisions));
        run = Thread.ofPlatform().name("play-" + exercise.id()).daemon().start(() -> {
            RunReport report = Go.run(config, () -> exercise.program().body()
                    .run(new DemoContext(out, PROCS, true, Map.of())));
            out.flush();
            states.add(new Ended(report));
        });
        return await();
    }

    private State await() throws InterruptedException {
        state = states.take();
        return state;
    }

    /* Ends the run in progress: answer STOP to a pending decision, and wait for the end. */
    private void stop() throws InterruptedException {
        if (run == null) {
            return;
        }
        while (!(state instanceof Ended)) {
            answers.put(Chooser.STOP);
            state = states.take();
        }
        run.join();
        run = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
