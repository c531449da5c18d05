package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.term.Console;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.course.exercise.sample.SampleExercises;
import dev.gocon.go.WaitGroup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The exercise commands, end to end on the sample lesson, with state in a temporary folder. */
@Timeout(30)
class ExerciseCommandsTest {

    @TempDir
    Path dir;

    private final Exercises sample = Exercises.of(List.of(SampleExercises.create()));
    private final WriteCode counter = (WriteCode) sample.find("sample/counter").orElseThrow().exercise();

    private Workbench workbench() {
        return new Workbench(dir.resolve("state"), sample, Duration.ofSeconds(5));
    }

    record Run(int code, String out, String err) {
    }

    private Run gocon(String... args) throws Exception {
        return gocon(new StringWriter(), args);
    }

    private Run gocon(Writer outWriter, String... args) throws Exception {
        StringWriter err = new StringWriter();
        int code = workbench().callWith(() -> GoconCommand.commandLine(Console.piped(Map.of()),
                new PrintWriter(outWriter, true), new PrintWriter(err, true)).execute(args));
        return new Run(code, outWriter.toString(), err.toString());
    }

    private Path workspace() {
        return dir.resolve("ws");
    }

    private Path counterFile() {
        return workspace().resolve("sample").resolve("Counter.java");
    }

    @Test
    void initCopiesStartersAndNeverOverwritesTheLearnersFile() throws Exception {
        Run first = gocon("exercises", "init", workspace().toString());
        assertEquals(ExitCode.OK, first.code(), first.err());
        assertEquals(counter.starter(), Files.readString(counterFile()));
        Files.writeString(counterFile(), "mine");
        Run again = gocon("exercises", "init", workspace().toString());
        assertTrue(again.out().contains("kept"), again.out());
        assertEquals("mine", Files.readString(counterFile()));
    }

    @Test
    void theWholeLoopOfAWriteTheCodeExercise() throws Exception {
        gocon("exercises", "init", workspace().toString());
        String ws = workspace().toString();

        Run failing = gocon("c", "sample/counter", "--dir", ws);
        assertEquals(ExitCode.FAILURE, failing.code());
        assertTrue(failing.out().contains("failed: count(4, 1000) returned 0, expected 4000"), failing.out());

        assertTrue(gocon("h").out().startsWith("Hint 1/2: "), "the current exercise is the one checked");
        Run second = gocon("hint");
        assertTrue(second.out().contains("Hint 2/2: "), second.out());
        assertTrue(second.out().contains("last hint"), second.out());

        Run refused = gocon("solution");
        assertEquals(ExitCode.FAILURE, refused.code());
        assertTrue(refused.err().contains("--give-up"), refused.err());

        Run notYet = gocon("n");
        assertEquals(ExitCode.FAILURE, notYet.code());
        assertTrue(notYet.err().contains("not done yet"), notYet.err());

        Files.writeString(counterFile(), counter.solution());
        Run passing = gocon("check", "--dir", ws);
        assertEquals(ExitCode.OK, passing.code(), passing.out() + passing.err());
        assertTrue(passing.out().contains("passed"), passing.out());

        assertTrue(gocon("solution").out().contains("incrementAndGet"));
        Run hints = gocon("hint");
        assertTrue(hints.out().contains("Hint 1/2") && hints.out().contains("Hint 2/2"), hints.out());
        assertFalse(hints.out().contains("last hint"), hints.out());

        Progress progress = workbench().progress(w -> { }).read();
        assertEquals(new Progress.Entry(true, 2, false), progress.entry("sample/counter"));
        assertEquals("1/3", workbench().progressByLesson().get("sample").toString());
        assertEquals("sample/counter · sample 1/3, course 1/3", workbench().status());
        Run list = gocon("exercises");
        assertTrue(list.out().startsWith("sample 1/3\n"), list.out());
        assertTrue(list.out().contains("> sample/counter"), "the list marks the current one");

        Run last = gocon("next");
        assertEquals(ExitCode.FAILURE, last.code());
        assertTrue(last.err().contains("last exercise"), last.err());

        Run reset = gocon("x", "sample/counter", "--dir", ws, "--force");
        assertEquals(ExitCode.OK, reset.code(), reset.err());
        assertEquals(counter.starter(), Files.readString(counterFile()));
        assertEquals(Progress.Entry.NEW, workbench().progress(w -> { }).read().entry("sample/counter"));
    }

    @Test
    void resetNeedsForceWhenPipedAndAlwaysKeepsACopy() throws Exception {
        gocon("exercises", "init", workspace().toString());
        String ws = workspace().toString();
        Files.writeString(counterFile(), "my work");

        Run refused = gocon("x", "sample/counter", "--dir", ws);
        assertEquals(ExitCode.USAGE, refused.code());
        assertTrue(refused.err().contains("'gocon reset --force'"), refused.err());
        assertEquals("my work", Files.readString(counterFile()), "nothing replaced without --force");

        Run forced = gocon("reset", "sample/counter", "--dir", ws, "--force");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertEquals(counter.starter(), Files.readString(counterFile()));
        Path backup = counterFile().resolveSibling("Counter.java.bak");
        assertEquals("my work", Files.readString(backup));
        assertTrue(forced.out().contains("Kept your file as " + backup), forced.out());

        Run again = gocon("x", "sample/counter", "--dir", ws);
        assertEquals(ExitCode.OK, again.code(), "a file equal to the starter has no work to lose: " + again.err());
    }

    @Test
    void nextOnAFreshStartShowsTheFirstExerciseAndShowRepeatsIt() throws Exception {
        Run next = gocon("n");
        assertEquals(ExitCode.OK, next.code(), next.err());
        assertTrue(next.out().startsWith("sample/hello: "), "the first exercise of the course: " + next.out());
        assertFalse(next.err().contains("not done yet"), next.err());

        Run show = gocon("s");
        assertEquals(ExitCode.OK, show.code(), show.err());
        assertEquals(next.out(), show.out());
        assertTrue(show.out().contains("Answer with: gocon answer <letter>"), "named as typed in the shell: " + show.out());
    }

    @Test
    void jumpSkipAndGiveUp() throws Exception {
        Run jump = gocon("jump", "sample/hello");
        assertEquals(ExitCode.OK, jump.code(), jump.err());
        assertTrue(jump.out().contains("What does it print?"), jump.out());
        assertTrue(jump.out().contains("a) hello"), jump.out());

        Run skip = gocon("skip");
        assertTrue(skip.out().startsWith("sample/stuck: "), skip.out());

        Run gaveUp = gocon("solution", "--give-up");
        assertEquals(ExitCode.OK, gaveUp.code());
        assertTrue(workbench().progress(w -> { }).read().entry("sample/stuck").gaveUp());
        assertTrue(gocon("solution").out().contains("Step left"), "shown again without asking");

        Run predict = gocon("check", "sample/hello");
        assertEquals(ExitCode.FAILURE, predict.code(), "not answered yet");
        assertTrue(predict.out().contains("Answer with: gocon answer <letter>"), predict.out());

        Run unknown = gocon("jump", "sample/nope");
        assertEquals(ExitCode.USAGE, unknown.code());
    }

    @Test
    void aPredictionIsJudgedByRunningTheProgram() throws Exception {
        gocon("jump", "sample/hello");
        Run wrong = gocon("answer", "b");
        assertEquals(ExitCode.FAILURE, wrong.code());
        assertTrue(wrong.out().startsWith("Not quite."), wrong.out());
        assertEquals(ExitCode.USAGE, gocon("answer", "z").code(), "only the choices' letters");

        Run right = gocon("a", "A");
        assertEquals(ExitCode.OK, right.code(), right.err());
        assertTrue(right.out().startsWith("Right."), right.out());
        assertTrue(right.out().contains("seed 1"), right.out());
        assertTrue(right.out().contains("hello"), right.out());
        assertTrue(workbench().progress(w -> { }).read().entry("sample/hello").done());
    }

    @Test
    void whichOutputsArePossibleIsJudgedByExploring() {
        Predict race = new Predict("race", "Who prints first?", new Program("two goroutines print", context -> {
            WaitGroup wg = new WaitGroup();
            wg.go(() -> context.out().println("ping"));
            wg.go(() -> context.out().println("pong"));
            wg.await();
        }), "Which outputs are possible? Select all.",
                List.of(new Predict.Choice("a", "ping\npong"), new Predict.Choice("b", "pong\nping"),
                        new Predict.Choice("c", "ping")),
                Predict.Normalisation.TRIM_LINES, new Predict.Check.PossibleOutcomes(), List.of("Who runs first?"),
                "a and b: either goroutine may print first.");
        var outcomes = PredictJudge.outcomes(race);
        assertEquals(java.util.Set.of("ping\npong", "pong\nping"), outcomes.keySet());
        assertTrue(PredictJudge.judge(race, "a,b").right());
        assertFalse(PredictJudge.judge(race, "a").right());
        assertFalse(PredictJudge.judge(race, "a b c").right());
    }

    @Test
    void watchChecksAgainOnEverySaveUntilItPasses() throws Exception {
        watchUntilPass(false);
    }

    @Test
    void watchByPolling() throws Exception {
        watchUntilPass(true);
    }

    @Test
    void watchKeepsSeeingChangesAfterTheFolderIsDeletedAndMadeAgain() throws Exception {
        watchUntilPass(false, () -> {
            Path folder = counterFile().getParent();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            assertFalse(Files.exists(folder));
            Files.createDirectories(folder);
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private void watchUntilPass(boolean poll) throws Exception {
        watchUntilPass(poll, () -> { });
    }

    /* Watches the counter exercise, does `beforeSave` once it watches, then saves the solution. */
    private void watchUntilPass(boolean poll, Step beforeSave) throws Exception {
        gocon("exercises", "init", workspace().toString());
        Screen screen = new Screen();
        List<String> args = poll
                ? List.of("watch", "sample/counter", "--dir", workspace().toString(), "--poll")
                : List.of("watch", "sample/counter", "--dir", workspace().toString());
        CompletableFuture<Run> watch = CompletableFuture.supplyAsync(() -> {
            try {
                return gocon(screen, args.toArray(String[]::new));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, r -> Thread.ofPlatform().start(r));
        screen.await("Watching");
        beforeSave.run();
        Files.writeString(counterFile(), counter.solution());
        Run run = watch.get(20, TimeUnit.SECONDS);
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("failed: count(4, 1000)"), run.out());
        assertTrue(run.out().contains("passed"), run.out());
        assertFalse(run.out().contains("\033[2J"), "no screen clearing through a pipe");
    }

    /** A writer a test can wait on until some text appears. */
    static final class Screen extends StringWriter {
        @Override
        public void write(String str, int off, int len) {
            synchronized (this) {
                super.write(str, off, len);
                notifyAll();
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (this) {
                super.write(cbuf, off, len);
                notifyAll();
            }
        }

        @Override
        public void write(int c) {
            synchronized (this) {
                super.write(c);
                notifyAll();
            }
        }

        synchronized void await(String text) throws InterruptedException {
            while (!toString().contains(text)) {
                wait();
            }
        }
    }
}
