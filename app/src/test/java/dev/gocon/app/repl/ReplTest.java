package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.term.Console;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.sample.SampleExercises;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine;

@Timeout(20)
class ReplTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path state;

    private VirtualTerminal vt;
    private final CountDownLatch blockStarted = new CountDownLatch(1);
    private CompletableFuture<Integer> exit;

    /** A command that runs until it is interrupted, as a long demo does. */
    @Command(name = "block")
    final class Block implements Runnable {
        @Override
        public void run() {
            blockStarted.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new GoconException(ExitCode.INTERRUPTED, "stopped");
            }
        }
    }

    @BeforeEach
    void start() {
        vt = new VirtualTerminal();
        Console console = Console.terminal(vt.terminal(), Map.of("NO_COLOR", "1"));
        PrintWriter out = vt.terminal().writer();
        CommandLine tree = GoconCommand.commandLine(console, out, out);
        tree.addSubcommand("block", new Block());
        tree.setOut(out);
        tree.setErr(out);
        Workbench workbench = new Workbench(state, Exercises.of(List.of(SampleExercises.create())), Duration.ofSeconds(5));
        Repl repl = new Repl(vt.terminal(), tree, workbench);
        exit = CompletableFuture.supplyAsync(repl::run, r -> Thread.ofPlatform().name("repl").start(r));
    }

    @AfterEach
    void stop() throws Exception {
        vt.close();
    }

    @Test
    void runsListAndLeavesOnCtrlD() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("list\r");
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.contains("kitchens"), shown);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(Files.exists(state.resolve("history")), "history saved in the state folder");
        assertTrue(Files.readString(state.resolve("history")).contains("list"));
    }

    @Test
    void shortAliasRunsListAndQLeaves() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("l\r");
        assertTrue(vt.await(Repl.PROMPT, WAIT).contains("kitchens"));
        vt.type("q\r");
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void rRunsTheLastLessonAgain() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("r\r");
        assertTrue(vt.await(Repl.PROMPT, WAIT).contains("unknown command 'r'"), "no lesson yet");
        vt.type("lesson kitchens --text\r");
        vt.await(Repl.PROMPT, WAIT);
        vt.type("r --text\r");
        String again = vt.await(Repl.PROMPT, WAIT);
        assertTrue(again.contains("Kitchens"), again);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void theStatusShowsTheCurrentExerciseAndProgressAndExerciseIdsComplete() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("jump sample/he\t");
        vt.await("sample/hello", WAIT);
        vt.type("\r");
        vt.await("What does it print?", WAIT);
        vt.await("sample/hello · sample 0/3, course 0/3", WAIT);
        vt.type("a a\r");
        vt.await("sample/hello · sample 1/3, course 1/3", WAIT);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void tabCompletesALessonId() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("lesson ki\t");
        vt.await("lesson kitchens", WAIT);
        vt.type("--text\r");
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.contains("Kitchens"), shown);
        assertFalse(shown.contains("unknown"), shown);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void mistypedCommandGetsDidYouMean() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("lesson kitchns\r");
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.contains("Did you mean: kitchens"), shown);
        vt.closeKeys();
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS), "closed input is EOF");
    }

    @Test
    void ctrlCAtThePromptClearsTheLine() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("garbage");
        vt.await("garbage", WAIT);
        vt.type(String.valueOf(VirtualTerminal.CTRL_C));
        vt.await(Repl.PROMPT, WAIT);
        vt.type("list\r");
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.contains("kitchens"), shown);
        assertFalse(shown.contains("garbagelist"), shown);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void ctrlCInterruptsARunningCommandAndThePromptComesBack() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("block\r");
        assertTrue(blockStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        vt.type(String.valueOf(VirtualTerminal.CTRL_C));
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.matches("(?s).*\\^C[\r\n]+gocon: stopped.*"), shown);
        assertTrue(shown.contains("gocon: interrupted"), shown);
        assertTrue(vt.screen().contains("25h"), "the cursor is shown again: " + shown.replace("\u001b", "ESC"));
        vt.type("list\r");
        assertTrue(vt.await(Repl.PROMPT, WAIT).contains("kitchens"), "the prompt still works");
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void messagesNameCommandsAsTypedAtThePrompt() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("jump sample/hello\r");
        String shown = vt.await(Repl.PROMPT, WAIT);
        assertTrue(shown.contains("Answer with: answer <letter>"), shown);
        assertFalse(shown.contains("gocon answer"), shown);
        vt.type("show\r");
        assertTrue(vt.await(Repl.PROMPT, WAIT).contains("What does it print?"), "show prints it again");
        vt.type("a b\r");
        String wrong = vt.await(Repl.PROMPT, WAIT);
        assertTrue(wrong.contains("'hint'") && !wrong.contains("gocon hint"), wrong);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void clearAndCtrlLClearTheScreen() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        int before = vt.screen().length();
        vt.type("clear\r");
        vt.await(Repl.PROMPT, WAIT);
        assertTrue(vt.screen().substring(before).contains("\u001b[2J"), "clear_screen sent");
        int afterClear = vt.screen().length();
        vt.type("\u000c");
        vt.await(Repl.PROMPT, WAIT);
        assertTrue(vt.screen().substring(afterClear).contains("\u001b[2J"), "Ctrl-L clears too");
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aHugeBracketedPasteIsTakenInAtOnceAndCapped() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("\u001b[200~" + "x".repeat(100_000) + "\u001b[201~");
        vt.await("a command line holds", WAIT);
        vt.type(String.valueOf(VirtualTerminal.CTRL_C));
        vt.type("list\r");
        String shown = vt.await("kitchens", WAIT);
        assertFalse(shown.contains("unknown command"), "Ctrl-C cleared the pasted line: " + shown);
        vt.await(Repl.PROMPT, WAIT);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aHugeUnbracketedPasteStopsAtTheCapAndCtrlCStillClearsIt() throws Exception {
        vt.await(Repl.PROMPT, WAIT);
        vt.type("y".repeat(100_000) + VirtualTerminal.CTRL_C);
        vt.await("a command line holds", WAIT);
        vt.type("list\r");
        String shown = vt.await("kitchens", WAIT);
        assertFalse(shown.contains("unknown command"), "the capped line never ran: " + shown);
        vt.await(Repl.PROMPT, WAIT);
        vt.type(String.valueOf(VirtualTerminal.CTRL_D));
        assertEquals(ExitCode.OK, exit.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }
}
