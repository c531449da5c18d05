package dev.gocon.app.cli;

import dev.gocon.app.term.Console;
import dev.gocon.app.term.Style;
import dev.gocon.course.Lesson;
import dev.gocon.course.catalog.Catalog;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The root command, {@code gocon}: lists its children and, run alone, prints the usage.
 *
 * <p>Its model is written with picocli's programmatic API ({@link #root}) rather than annotations.
 * Picocli reads a command's annotations by reflection, and the JDK makes a proxy class at run time for
 * each annotation type read; every start of gocon builds the root, and that reflection was most of
 * what {@code gocon --version} did beyond the JVM's own start.
 */
public final class GoconCommand implements Runnable {

    private final Console console;
    private final GlobalOptions globals = new GlobalOptions();
    private CommandSpec spec;

    private GoconCommand(Console console) {
        this.console = console;
    }

    /**
     * The root command alone, without its subcommands: its name, usage text, version, the standard
     * {@code --help} and {@code --version} options and the {@link GlobalOptions}.
     */
    public static CommandLine root(Console console) {
        GoconCommand gocon = new GoconCommand(console);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(gocon)
                .name("gocon")
                .versionProvider(new VersionProvider());
        spec.usageMessage()
                .description("Learn Go-style concurrency on Java 25 virtual threads, and watch it run.")
                .footer("",
                        "Start with:  gocon lesson kitchens",
                        "Exit codes:  0 ok, 1 failure, 2 usage error, 130 interrupted.");
        gocon.globals.options().forEach(spec::addOption);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        gocon.spec = spec;
        return new CommandLine(spec);
    }

    /**
     * The commands under {@code gocon}, in the order the usage lists them. They are added by
     * {@link #addCommands}, so that a command line builds only the commands it uses: picocli builds a
     * command's model by reflection, and building all of them (with one generated command per lesson)
     * was most of gocon's start-up time.
     */
    static final List<Class<?>> COMMANDS = List.of(
            ListCommand.class,
            GlossaryCommand.class,
            LessonCommand.class,
            PresentCommand.class, FollowCommand.class, ReplayCommand.class,
            AutoComplete.GenerateCompletion.class,
            ReplCommand.class,
            ExercisesCommand.class,
            ShowCommand.class,
            CheckCommand.class,
            AnswerCommand.class,
            PlayCommand.class,
            HintCommand.class,
            NextCommand.class,
            SkipCommand.class,
            JumpCommand.class,
            ResetCommand.class,
            SolutionCommand.class,
            WatchCommand.class);

    /** Adds every command, and one subcommand of {@code lesson} per lesson: the whole tree. */
    public static void addCommands(CommandLine root) {
        COMMANDS.forEach(root::addSubcommand);
        showCompletionCommand(root);
        addLessons(root, Catalog.lessons());
    }

    /**
     * Adds what {@code args} needs: the command it names (for {@code lesson <id>}, that lesson only),
     * nothing for {@code --version} or for the prompt (a bare {@code gocon} on a terminal, which
     * {@code gocon repl} there runs as, see {@link #execute}: the prompt builds its own whole tree for
     * the session), only {@code repl} for {@code gocon repl} elsewhere, and the whole tree
     * when the line names no known command (the usage lists every command, and "did you mean" needs
     * them all) or names every lesson (the completion script).
     */
    public static void addCommands(CommandLine root, String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
        boolean help = Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
        boolean terminal = root.getCommand() instanceof GoconCommand gocon && gocon.console.isTerminal();
        if (words.isEmpty() && !help && (terminal
                || args.length == 1 && (args[0].equals("--version") || args[0].equals("-V")))) {
            return;
        }
        Optional<Class<?>> named = words.isEmpty() ? Optional.empty() : command(words.getFirst());
        if (named.isPresent() && named.get() == ReplCommand.class && !help) {
            root.addSubcommand(ReplCommand.class);
            return;
        }
        if (named.isEmpty() || named.get() == ReplCommand.class
                || named.get() == AutoComplete.GenerateCompletion.class) {
            addCommands(root);
            return;
        }
        root.addSubcommand(named.get());
        if (named.get() == LessonCommand.class) {
            Optional<Lesson> lesson = words.size() > 1 ? Catalog.find(words.get(1)) : Optional.empty();
            addLessons(root, lesson.map(List::of).orElseGet(Catalog::lessons));
        }
    }

    /** The command whose name or alias is {@code word}, read from its annotation alone. */
    private static Optional<Class<?>> command(String word) {
        return COMMANDS.stream().filter(c -> {
            Command command = c.getAnnotation(Command.class);
            return command.name().equals(word) || Arrays.asList(command.aliases()).contains(word);
        }).findFirst();
    }

    private static void addLessons(CommandLine root, List<Lesson> lessons) {
        CommandLine parent = root.getSubcommands().get("lesson");
        for (Lesson each : lessons) {
            parent.addSubcommand(each.id(), LessonRun.command(each));
        }
    }

    private static void showCompletionCommand(CommandLine root) {
        root.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    }

    /**
     * Runs the command line {@code args} and returns its exit code: what {@code Main} runs. A line that
     * opens the prompt runs as a bare {@code gocon}: {@code gocon repl} on a terminal (global options
     * aside) is the same prompt, opened by the root, so that picocli does not read {@link ReplCommand}'s
     * annotations on the way to the first prompt (reading annotations makes the JDK generate a proxy
     * class per annotation type, and the AOT cache holds none of them).
     */
    public static int execute(Console console, PrintWriter out, PrintWriter err, String[] args) {
        String[] line = lineToRun(console, args);
        return commandLine(console, out, err, line).execute(line);
    }

    /** {@code args}, without the word {@code repl} when they open the prompt. */
    static String[] lineToRun(Console console, String[] args) {
        return opensThePrompt(console, args)
                ? Arrays.stream(args).filter(a -> !a.equals("repl")).toArray(String[]::new)
                : args;
    }

    /**
     * The part of the command tree that {@code args} needs (see {@link #addCommands(CommandLine,
     * String[])}), writing to {@code out} and {@code err}: what {@link #execute} runs, and what tests of
     * the command line run.
     */
    public static CommandLine commandLine(Console console, PrintWriter out, PrintWriter err, String[] args) {
        if (opensThePrompt(console, args)) {
            console.openInBackground();
        }
        CommandLine cli = root(console);
        addCommands(cli, args);
        return configure(cli, out, err);
    }

    /*
     * A bare gocon or gocon repl (global options aside) on a terminal opens the prompt, whose longest
     * step is opening the terminal: it starts now, while the command line is parsed and run.
     */
    private static boolean opensThePrompt(Console console, String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !GlobalOptions.isGlobal(a)).toList();
        return console.isTerminal() && (words.isEmpty() || words.equals(List.of("repl")));
    }

    /**
     * The whole command tree, writing to {@code out} and {@code err}: what the prompt and a script build
     * once for the session, and what tests use, with string writers and a console of their choosing.
     */
    public static CommandLine commandLine(Console console, PrintWriter out, PrintWriter err) {
        CommandLine cli = root(console);
        addCommands(cli);
        return configure(cli, out, err);
    }

    /**
     * Sets the writers and error handlers of a tree. Picocli applies them to the commands present at
     * the call, so the commands are added first.
     */
    private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Errors::usageError);
        cli.setExecutionExceptionHandler(Errors::failure);
        return cli;
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
