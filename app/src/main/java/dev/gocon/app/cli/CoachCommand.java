package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.Coach;
import dev.gocon.app.exercise.ExerciseRunner;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.render.markdown.Wrapper;
import dev.gocon.app.term.AsTyped;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.WriteCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the exercise commands ({@code check}, {@code hint}, {@code next}, ...) share: the global
 * options, the {@link Coach} over the current {@link Workbench}, and printing its lines.
 */
abstract class CoachCommand implements Callable<Integer> {

    @ParentCommand
    GoconCommand root;

    @Spec
    CommandSpec spec;

    /** Exercise ids for Tab completion ({@code jump <Tab>}). */
    static final class ExerciseIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Workbench.current().exercises().all().stream().map(Exercises.Entry::id).iterator();
        }
    }

    Workbench workbench() {
        return Workbench.current();
    }

    Coach coach() {
        PrintWriter err = spec.commandLine().getErr();
        return new Coach(workbench(), warning -> {
            err.println(warning);
            err.flush();
        });
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Prints the coach's lines, word-wrapped to the terminal's width. Indented lines (code, traces)
     * are printed as they are.
     */
    void print(List<String> lines) {
        PrintWriter out = out();
        int width = root.style().width();
        for (String line : lines) {
            if (line.length() <= width || line.startsWith(" ") || line.startsWith("\t")) {
                out.println(line);
            } else {
                Wrapper.wrap(new AttributedString(line), width).forEach(out::println);
            }
        }
        out.flush();
    }

    /** Asks a yes/no question on the terminal; true only for an answer starting with y. */
    boolean confirm(String question) {
        LineReader reader = LineReaderBuilder.builder().terminal(root.console().terminal()).appName("gocon").build();
        try {
            String answer = reader.readLine(question + " [y/N] ");
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        }
    }

    Exercises.Entry resolve(String id) {
        return coach().resolve(Optional.ofNullable(id));
    }

    /** Checks once and prints the outcome; true on a pass. */
    boolean checkOnce(Exercises.Entry entry, Path dir) {
        return checkOnce(entry, dir, null);
    }

    /** Checks once (under only {@code seed} when not null) and prints the outcome; true on a pass. */
    boolean checkOnce(Exercises.Entry entry, Path dir, Long seed) {
        return checkOnce(entry, dir, seed, false);
    }

    /** As {@link #checkOnce(Exercises.Entry, Path, Long)}, with the race detector on if {@code race}. */
    boolean checkOnce(Exercises.Entry entry, Path dir, Long seed, boolean race) {
        if (entry.exercise() instanceof dev.gocon.course.exercise.Predict) {
            print(coach().show(entry, dir));
            return false;
        }
        if (!(entry.exercise() instanceof WriteCode write)) {
            print(coach().show(entry, dir));
            throw GoconException.failure(entry.id() + " is played, not checked: '" + AsTyped.command("play") + "' it");
        }
        Path file = Coach.workspaceFile(dir, entry);
        PrintWriter out = out();
        out.println("Checking " + file + " ...");
        out.flush();
        ExerciseRunner.Outcome outcome;
        try {
            ExerciseRunner runner = ExerciseRunner.ofThisJvm(workbench().checkLimit());
            outcome = (race ? runner.withRaceDetector() : runner).check(file, write.className(), write.checkClass(), seed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoconException(ExitCode.INTERRUPTED, "check interrupted; the child JVM was stopped");
        }
        if (!outcome.output().isEmpty()) {
            out.print(outcome.output());
            if (!outcome.output().endsWith("\n")) {
                out.println();
            }
        }
        if (outcome.truncated()) {
            out.println("... output truncated after " + ExerciseRunner.OUTPUT_CAP / 1024 + " KB");
        }
        print(outcome.verdict().lines());
        if (outcome.verdict() instanceof dev.gocon.app.exercise.Verdict.FailedWithSeed failed) {
            out.println("Replay that interleaving with: " + AsTyped.command("check " + entry.id() + " --seed "
                    + failed.seed() + (race ? " --race" : "")));
        }
        out.flush();
        if (outcome.verdict().passed()) {
            print(coach().passed(entry));
            return true;
        }
        return false;
    }
}
