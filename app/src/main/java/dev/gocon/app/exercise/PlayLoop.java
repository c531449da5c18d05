package dev.gocon.app.exercise;

import dev.gocon.app.render.trace.LogFormat;
import dev.gocon.course.exercise.PlayScheduler;
import dev.gocon.go.StepChoice;
import dev.gocon.trace.TraceEvent;
import dev.gocon.app.render.markdown.Wrapper;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The learner's side of a {@link PlaySession}: shows what each runnable goroutine will do next and
 * what happened since the last step, reads the learner's moves, and says when the goal is reached.
 *
 * <p>Moves: {@code step g2} (or {@code s 2}, or just {@code g2}) lets goroutine 2 take one step;
 * {@code run g2} lets it run until it blocks or ends; {@code undo} takes the last step back;
 * {@code reset} starts over; {@code q} gives up for now.
 */
public final class PlayLoop {

    /** Where the moves come from: the prompt, or the lines of a script. */
    @FunctionalInterface
    public interface Moves {
        /** The next line, or null at the end of the input. */
        String next(String prompt);
    }

    private final PlayScheduler exercise;
    private final PrintWriter out;
    private final int width;
    private LogFormat format = new LogFormat(false);
    private int shownEvents;
    private int shownOutput;

    public PlayLoop(PlayScheduler exercise, PrintWriter out) {
        this(exercise, out, Console.PIPED_WIDTH);
    }

    /** A loop whose prose (the goal, the explanation) is wrapped to {@code width} columns. */
    public PlayLoop(PlayScheduler exercise, PrintWriter out, int width) {
        this.exercise = exercise;
        this.out = out;
        this.width = width;
    }

    /** Plays until the goal is reached (true) or the learner leaves (false). */
    public boolean play(PlaySession game, Moves moves) throws InterruptedException {
        Wrapper.println(out, "Goal: " + exercise.task(), width);
        exercise.program().source().lines().forEach(l -> out.println("    " + l));
        out.println("Moves: step gN (or just gN), run gN (until it blocks), undo, reset, q.");
        PlaySession.State state = game.start();
        while (true) {
            show(game, state);
            if (game.goalReached()) {
                Wrapper.println(out, "Goal reached. " + exercise.explanation(), width);
                out.flush();
                return true;
            }
            if (state instanceof PlaySession.Ended) {
                out.println("The run is over without reaching the goal: 'undo' or 'reset' to try again.");
            }
            out.flush();
            String line = moves.next("play> ");
            if (line == null) {
                return false;
            }
            String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
            switch (words[0]) {
                case "", "help", "?" -> out.println("Moves: step gN (or just gN), run gN, undo, reset, q.");
                case "q", "quit", "exit" -> {
                    return false;
                }
                case "undo", "u" -> state = replayed(game.undo());
                case "reset" -> state = replayed(game.reset());
                case "run", "r" -> state = move(game, state, words, true);
                case "step", "s" -> state = move(game, state, words, false);
                default -> state = move(game, state, new String[] {"step", words[0]}, false);
            }
        }
    }

    private PlaySession.State move(PlaySession game, PlaySession.State state, String[] words, boolean untilBlocked)
            throws InterruptedException {
        if (!(state instanceof PlaySession.Waiting waiting)) {
            out.println("Nothing can run: the run is over. 'undo' or 'reset'.");
            return state;
        }
        long id = words.length < 2 ? -1 : goroutine(words[1]);
        int index = PlaySession.indexOf(waiting, id);
        if (index < 0) {
            out.println("Pick one of the runnable goroutines: " + String.join(", ",
                    waiting.runnable().stream().map(c -> "g" + c.id()).toList()) + ".");
            return state;
        }
        return untilBlocked ? game.runUntilBlocked(id) : game.step(index);
    }

    private static long goroutine(String word) {
        try {
            return Long.parseLong(word.startsWith("g") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private PlaySession.State replayed(PlaySession.State state) {
        format = new LogFormat(false);
        shownEvents = 0;
        shownOutput = 0;
        out.println("-- replayed from the start --");
        return state;
    }

    private void show(PlaySession game, PlaySession.State state) {
        List<TraceEvent> trace = game.trace();
        for (TraceEvent event : trace.subList(Math.min(shownEvents, trace.size()), trace.size())) {
            if (format.logged(event)) {
                out.println("  " + format.format(event));
            }
        }
        shownEvents = trace.size();
        String output = game.output();
        if (output.length() > shownOutput) {
            output.substring(shownOutput).lines().forEach(l -> out.println("  | " + l));
            shownOutput = output.length();
        }
        switch (state) {
            case PlaySession.Waiting waiting -> {
                out.println("Runnable:");
                for (StepChoice choice : waiting.runnable()) {
                    out.println("  " + choice);
                }
            }
            case PlaySession.Ended ended -> {
                out.println("The run ended: " + ended.report().outcomeLabel().lines().findFirst().orElse(""));
                String leaks = ended.report().formatLeaks();
                if (!leaks.isEmpty()) {
                    out.print(leaks);
                }
            }
        }
    }
}
