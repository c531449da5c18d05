package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.exercise.Progress;
import dev.gocon.app.exercise.ProgressStore;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.present.SlideDemos;
import dev.gocon.app.present.TracedSlideDemo;
import dev.gocon.app.record.Recording;
import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.app.render.markdown.Wrapper;
import dev.gocon.app.render.trace.TraceMode;
import dev.gocon.app.render.trace.TraceOptions;
import dev.gocon.app.run.DemoExplorer;
import dev.gocon.app.run.DemoRunner;
import dev.gocon.app.run.RunSettings;
import dev.gocon.app.term.Style;
import dev.gocon.app.term.WriterOutputStream;
import dev.gocon.app.walk.EndPage;
import dev.gocon.app.walk.Places;
import dev.gocon.app.walk.Walk;
import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoOption;
import dev.gocon.course.Lesson;
import dev.gocon.go.Exploration;
import dev.gocon.sched.NativeScheduler;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code gocon lesson <id>}: one instance per lesson, added under {@code lesson} by
 * {@link GoconCommand#addLessons}. On a terminal, walks through the lesson one section at a time
 * ({@link Walk}), running each demo on its section. Piped, or with {@code --text}, prints the whole
 * text, then (without {@code --text}) runs the first demo with the trace. {@code --demo}, {@code --step}
 * and {@code --explore} run a demo without the text.
 *
 * <p>The demo's own options ({@code --tasks}, {@code --port}) are added to the command from the
 * lesson's {@link DemoOption}s, so that help, completion and "did you mean" know them too.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
public final class LessonRun implements Callable<Integer> {

    private final Lesson lesson;

    @ParentCommand
    private LessonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--text", description = "Print the lesson's whole text only (on a terminal, the lesson is otherwise a walk, one section at a time).")
    private boolean textOnly;

    @Option(names = "--demo", arity = "0..1", paramLabel = "NAME", fallbackValue = "",
            description = "Run the demo only, without the text; NAME picks one of the lesson's demos.")
    private String demo;

    @Option(names = "--trace", paramLabel = "MODE",
            description = "How to show the run: live, log, summary or off. Default: live on a terminal, log when piped.")
    private TraceMode trace;

    @Option(names = "--no-times", description = "Leave the time column out of the plain log (for stable output).")
    private boolean noTimes;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run under the stepped scheduler with this seed (0 or more): the same run every time.")
    private Long seed;

    @Option(names = "--step", description = "Stop before each step and show what runs next (stepped scheduler).")
    private boolean step;

    @Option(names = "--explore", paramLabel = "N|all",
            description = "Run the demo under N seeds (or every schedule: all) and show each outcome,"
                    + " with a seed that replays it.")
    private String explore;

    @Option(names = "--race", description = "Run with the race detector: report each data race in Go's format"
            + " and exit with 66 if there was one.")
    private boolean race;

    @Option(names = "--procs", paramLabel = "N", description = "Carrier threads (GOMAXPROCS). Default: the number of CPUs.")
    private Integer procs;

    @Option(names = "--pace", paramLabel = "X", defaultValue = "1",
            description = "Slow time down X times, to watch in class (default 1).")
    private double pace;

    @Option(names = "--trace-out", paramLabel = "FILE",
            description = "Also write the trace to FILE: .json (Perfetto, chrome://tracing), .svg or .html.")
    private Path traceOut;

    @Option(names = "--record", paramLabel = "FILE.cast",
            description = "Record what is shown, with the trace as the plain log, as an asciicast v2 file"
                    + " (play it with 'gocon replay').")
    private Path record;

    LessonRun(Lesson lesson) {
        this.lesson = lesson;
    }

    /** The command line of one lesson, with its demos' own options added. */
    static CommandLine command(Lesson lesson) {
        CommandLine cli = new CommandLine(new LessonRun(lesson));
        CommandSpec spec = cli.getCommandSpec();
        spec.usageMessage().description(lesson.title() + ".", lesson.summary());
        Map<String, DemoOption> options = new LinkedHashMap<>();
        lesson.demos().forEach(d -> d.options().forEach(o -> options.putIfAbsent(o.name(), o)));
        for (DemoOption option : options.values()) {
            OptionSpec.Builder builder = OptionSpec.builder(option.name()).description(option.description());
            if (option.isFlag()) {
                builder.type(boolean.class).arity("0");
            } else {
                builder.type(String.class).paramLabel(option.label()).defaultValue(option.defaultValue())
                        .description(option.description() + " (default " + option.defaultValue() + ")");
            }
            spec.addOption(builder.build());
        }
        if (!lesson.demos().isEmpty()) {
            spec.usageMessage().footer("", "Demos: " + lesson.demos().stream()
                    .map(d -> d.name() + " (" + d.summary() + ")").collect(Collectors.joining("; ")));
        }
        return cli;
    }

    @Override
    public Integer call() {
        validate();
        Style style = parent.root().style();
        PrintWriter out = spec.commandLine().getOut();
        if (record == null) {
            return show(style, out);
        }
        try (Recording recording = Recording.start(record, style.console())) {
            PrintWriter recorded = recording.writer(out);
            int code = show(style, recorded);
            recorded.flush();
            return code;
        }
    }

    private int show(Style style, PrintWriter writer) {
        if (walks(style)) {
            return walk(style);
        }
        boolean runDemo = !textOnly && !lesson.demos().isEmpty();
        if (demo == null && !step && explore == null) {
            showText(style, writer);
        }
        writer.flush();
        if (!runDemo) {
            return ExitCode.OK;
        }
        Demo chosen = chosenDemo();
        PrintStream out = new PrintStream(new WriterOutputStream(writer), true, StandardCharsets.UTF_8);
        if (explore != null) {
            return explore(chosen, out);
        }
        if (procs != null && !NativeScheduler.configureParallelism(procs)) {
            spec.commandLine().getErr().println("gocon: --procs applies from the next start of gocon"
                    + " (virtual threads have already started in this one)");
        }
        if (demo == null) {
            writer.println();
            Wrapper.wrap(new AttributedString("▶ demo " + chosen.name() + ": " + chosen.summary(), AttributedStyle.BOLD),
                    style.width()).forEach(line -> writer.println(style.render(line)));
            writer.flush();
        }
        RunSettings settings = new RunSettings(traceMode(style), !noTimes, effectiveSeed(chosen), step, pace,
                procs == null ? 0 : procs, traceOut, race);
        int code = new DemoRunner(style, out).run(chosen, settings, demoOptionValues());
        if (demo == null && lesson.demos().size() > 1 && code == ExitCode.OK) {
            String more = "More demos: " + lesson.demos().stream().filter(d -> d != chosen)
                    .map(d -> "--demo " + d.name()).collect(Collectors.joining(", "));
            Wrapper.wrap(new AttributedString(more), style.width()).forEach(writer::println);
        }
        writer.flush();
        return code;
    }

    /**
     * True when the lesson is shown as a walk: on a terminal that can draw a screen, and with no option
     * but the global ones ({@code --no-color}, {@code --stacktrace}). Any other option asks for the
     * text, for one demo, or for a particular run of it ({@code --seed}, {@code --pace}, a demo's own
     * option), which the lesson shows as before.
     */
    private boolean walks(Style style) {
        boolean runOptions = spec.commandLine().getParseResult().matchedOptions().stream()
                .anyMatch(option -> !option.inherited());
        return style.console().isTerminal() && !runOptions && !isDumb(style.console().terminal());
    }

    private static boolean isDumb(Terminal terminal) {
        return terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    private int walk(Style style) {
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> warnings = warning -> {
            err.println(warning);
            err.flush();
        };
        Workbench bench = Workbench.current();
        ProgressStore store = bench.progress(warnings);
        Progress progress;
        try {
            progress = store.read();
        } catch (RuntimeException e) {
            warnings.accept("gocon: could not read your progress: " + e.getMessage());
            progress = Progress.EMPTY;
        }
        String end = EndPage.markdown(lesson, lessonAfter(), bench.exercises(), progress);
        SlideDemos demos = lesson.demos().isEmpty() ? null : TracedSlideDemo.factory(style.color());
        Walk walk = new Walk(style.console().terminal(), lesson, end, style.color(), demos,
                Places.in(store, lesson.id(), warnings), null);
        try {
            return walk.run() == Walk.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
        } catch (IOException e) {
            throw GoconException.failure("cannot take over the terminal: " + Reasons.of(e));
        }
    }

    private Optional<Lesson> lessonAfter() {
        List<Lesson> lessons = Catalog.lessons();
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).id().equals(lesson.id())) {
                return Optional.of(lessons.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private void showText(Style style, PrintWriter out) {
        MarkdownRenderer renderer = new MarkdownRenderer(style.width(), style.color());
        for (AttributedString line : renderer.render(lesson.text())) {
            out.println(style.render(line));
        }
    }

    private void validate() {
        if (textOnly && demo != null) {
            throw GoconException.usage("--text and --demo ask for opposite things; give one of them");
        }
        if (lesson.demos().isEmpty() && (demo != null || seed != null || explore != null || step)) {
            throw GoconException.usage("lesson '" + lesson.id() + "' has no demo yet");
        }
        if (procs != null && (procs < 1 || procs > 1024)) {
            throw GoconException.usage("--procs must be between 1 and 1024, not " + procs);
        }
        if (!(pace > 0) || pace > 1000) {
            throw GoconException.usage("--pace must be above 0 and at most 1000, not " + pace);
        }
        if (explore != null && !explore.equals("all") && exploreRuns() < 1) {
            throw GoconException.usage("--explore takes 'all' or a number of runs from 1 to 100000, not " + explore);
        }
        if (explore != null && (step || seed != null)) {
            throw GoconException.usage("--explore picks its own seeds; leave out --seed and --step");
        }
        if (explore != null && race) {
            throw GoconException.usage("--race checks one run; leave out --explore (the detector finds a race"
                    + " whatever the schedule)");
        }
        if (record != null && trace == TraceMode.LIVE) {
            throw GoconException.usage("--record records the plain log, not live lanes;"
                    + " leave out --trace=live (gocon present --record records live demos)");
        }
        Seeds.requireValid(seed);
        if (traceOut != null) {
            TraceOptions.validateTraceOut(traceOut).ifPresent(message -> {
                throw GoconException.usage(message);
            });
            requireWritable(traceOut);
        }
    }

    /* Opens the --trace-out file for writing before the demo runs (removing it again if it is new). */
    private static void requireWritable(Path file) {
        boolean existed = Files.exists(file);
        try (var probe = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            // Opened: the run's export can write it.
        } catch (IOException e) {
            throw GoconException.failure("cannot write --trace-out " + file + ": " + Reasons.of(e));
        }
        if (!existed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // An empty file is left; the export replaces it.
            }
        }
    }

    private Demo chosenDemo() {
        if (demo == null || demo.isEmpty()) {
            return lesson.demos().getFirst();
        }
        return lesson.demo(demo).orElseThrow(() -> GoconException.usage("lesson '" + lesson.id()
                + "' has no demo '" + demo + "'; its demos are: "
                + lesson.demos().stream().map(Demo::name).collect(Collectors.joining(", "))));
    }

    /** {@code --step} without {@code --seed} steps through the demo's rehearsed run. */
    private Long effectiveSeed(Demo chosen) {
        return seed == null && step ? Long.valueOf(chosen.rehearsedSeed()) : seed;
    }

    private TraceMode traceMode(Style style) {
        if (trace != null) {
            return trace;
        }
        return style.console().isTerminal() && record == null ? TraceMode.LIVE : TraceMode.LOG;
    }

    private int explore(Demo chosen, PrintStream out) {
        DemoExplorer explorer = new DemoExplorer(chosen, demoOptionValues());
        boolean all = explore.equals("all");
        Exploration<String> result = all ? explorer.everySchedule() : explorer.seeds(exploreRuns());
        int outcomes = result.histogram().size();
        out.println("explored " + (all ? result.runs() + " schedules" : result.runs() + " seeds") + " of demo "
                + chosen.name() + ": " + outcomes + (outcomes == 1 ? " outcome" : " outcomes"));
        explorer.format(result).forEach(out::println);
        out.println("replay one with: gocon lesson " + lesson.id() + " --demo " + chosen.name() + " --seed N");
        out.flush();
        return ExitCode.OK;
    }

    /** The number in {@code --explore N}, or -1 if it is not a number from 1 to 100000. */
    private int exploreRuns() {
        try {
            int runs = Integer.parseInt(explore);
            return runs >= 1 && runs <= 100_000 ? runs : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<String, String> demoOptionValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Demo each : lesson.demos()) {
            for (DemoOption option : each.options()) {
                OptionSpec spec = this.spec.findOption(option.name());
                Object value = spec == null ? null : spec.getValue();
                values.put(option.name(), value == null ? option.defaultValue() : String.valueOf(value));
            }
        }
        return values;
    }
}
