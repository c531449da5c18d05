package dev.gocon.app.cli;

import dev.gocon.app.term.Console;
import dev.gocon.course.Catalog;
import dev.gocon.course.Lesson;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root command, {@code gocon}: lists its children and, run alone, prints the usage. */
@Command(name = "gocon",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learn Go-style concurrency on Java 25 virtual threads, and watch it run.",
        subcommands = {
                ListCommand.class,
                GlossaryCommand.class,
                LessonCommand.class,
                PresentCommand.class, ReplayCommand.class,
                AutoComplete.GenerateCompletion.class,
                ReplCommand.class,
                ExercisesCommand.class,
                CheckCommand.class,
                AnswerCommand.class,
                PlayCommand.class,
                HintCommand.class,
                NextCommand.class,
                SkipCommand.class,
                JumpCommand.class,
                ResetCommand.class,
                SolutionCommand.class,
                WatchCommand.class,
        },
        footer = {
                "",
                "Start with:  gocon lesson kitchens",
                "Exit codes:  0 ok, 1 failure, 2 usage error, 130 interrupted."})
public final class GoconCommand implements Runnable {

    private final Console console;

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    public GoconCommand(Console console) {
        this.console = console;
    }

    /** Adds one subcommand of {@code lesson} per lesson in the catalog. */
    public void addLessons(CommandLine root) {
        CommandLine lesson = root.getSubcommands().get("lesson");
        for (Lesson each : Catalog.lessons()) {
            lesson.addSubcommand(each.id(), LessonRun.command(each));
        }
        root.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    }

    /** Alone on a terminal, opens the prompt; otherwise prints the usage. */
    @Override
    public void run() {
        if (console.isTerminal() && !dev.gocon.app.repl.Repl.active()) {
            ReplCommand.interactive(console, dev.gocon.app.exercise.Workbench.current());
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut(), style().picocliAnsi());
    }

    /** The options that apply to every command. */
    public GlobalOptions globals() {
        return globals;
    }

    /** Where output goes and how it may look, with {@code --no-color} taken into account. */
    public Style style() {
        return new Style(console, console.colorAllowed() && !globals.noColor());
    }

    /** The terminal (or pipe) this run writes to. */
    public Console console() {
        return console;
    }
}
