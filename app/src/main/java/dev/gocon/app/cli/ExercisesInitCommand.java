package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Coach;
import dev.gocon.app.exercise.Workbench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gocon exercises init [DIR]}: copies every starter file into a workspace to edit. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Copy the starter files of the write-the-code exercises into DIR (never over your own).")
public final class ExercisesInitCommand implements Callable<Integer> {

    @ParentCommand
    private ExercisesCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The workspace (default: ./gocon-exercises).")
    private Path dir = Coach.DEFAULT_WORKSPACE;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        new Coach(Workbench.current(), spec.commandLine().getErr()::println).init(dir).forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }
}
