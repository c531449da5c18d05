package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.PlayLoop;
import dev.gocon.app.exercise.PlaySession;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.PlayScheduler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gocon play [ID]}: play the scheduler, one step at a time, towards the exercise's goal. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Play the scheduler for the current exercise (or ID): you pick which goroutine steps next.")
public final class PlayCommand extends CoachCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", completionCandidates = ExerciseIds.class,
            description = "The exercise, as lesson/id; default: the current one.")
    String id;

    @Option(names = "--seed", paramLabel = "N", description = "The seed (0 or more) of the steps nobody chooses (default 1).")
    long seed = 1;

    @Override
    public Integer call() throws InterruptedException {
        Seeds.requireValid(seed);
        Exercises.Entry entry = resolve(id);
        if (!(entry.exercise() instanceof PlayScheduler play)) {
            throw GoconException.failure(entry.id() + " is a " + entry.exercise().kind()
                    + " exercise, not one where you play the scheduler");
        }
        coach().jump(entry);
        boolean won;
        try (PlaySession game = new PlaySession(play, seed)) {
            won = new PlayLoop(play, out(), root.style().width()).play(game, moves());
        }
        if (won) {
            print(coach().passed(entry));
            return ExitCode.OK;
        }
        return ExitCode.FAILURE;
    }

    /* At a terminal, a prompt with its own history; otherwise the lines of stdin. */
    private PlayLoop.Moves moves() {
        if (root.console().isTerminal()) {
            LineReader reader = LineReaderBuilder.builder().terminal(root.console().terminal()).appName("gocon-play").build();
            return prompt -> {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException | EndOfFileException e) {
                    return null;
                }
            };
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return prompt -> {
            try {
                return in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
