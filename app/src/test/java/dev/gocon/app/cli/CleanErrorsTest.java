package dev.gocon.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.exercise.Workbench;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.sample.SampleExercises;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every error is one line in plain words, with the reason; {@code --stacktrace} adds the trace. */
@Timeout(30)
class CleanErrorsTest {

    @TempDir
    Path dir;

    private Cli gocon(String... args) throws Exception {
        Workbench workbench = new Workbench(dir.resolve("state"), Exercises.of(List.of(SampleExercises.create())),
                Duration.ofSeconds(5));
        return workbench.callWith(() -> Cli.run(args));
    }

    private static void assertOneCleanLine(Cli cli, String expected) {
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("gocon: " + expected), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(cli.hasEscapeBytes(), cli.err());
    }

    @Test
    void aScriptThatIsAFolderOrBinaryIsNamedSo() throws Exception {
        Cli folder = gocon("repl", "--script", dir.toString());
        assertEquals(ExitCode.USAGE, folder.exitCode());
        assertOneCleanLine(folder, "cannot run the script " + dir + ": it is a folder");

        Path binary = dir.resolve("script.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n'});
        Cli garbage = gocon("repl", "--script", binary.toString());
        assertEquals(ExitCode.FAILURE, garbage.exitCode());
        assertOneCleanLine(garbage, "cannot run the script " + binary + ": not valid UTF-8 text");
    }

    @Test
    void aBadSeedIsSaidInPlainWords() throws Exception {
        Cli word = gocon("check", "--seed", "abc");
        assertEquals(ExitCode.USAGE, word.exitCode());
        assertTrue(word.err().startsWith("gocon: --seed takes a whole number, not 'abc'\n"), word.err());
        assertFalse(word.err().contains("Invalid value"), word.err());

        Cli negative = gocon("check", "--seed", "-1");
        assertEquals(ExitCode.USAGE, negative.exitCode());
        assertOneCleanLine(negative, "--seed takes 0 or more (each seed names one schedule), not -1");
        Cli lesson = gocon("lesson", "kitchens", "--seed", "-1");
        assertEquals(ExitCode.USAGE, lesson.exitCode(), lesson.err());
    }

    @Test
    void escapeBytesTypedInAnArgumentAreNeverEchoedRaw() throws Exception {
        Cli cli = gocon("lesson", "\u001b[31mred");
        assertEquals(ExitCode.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("unknown lesson '\\u001b[31mred'"), cli.err());
        assertFalse(cli.hasEscapeBytes(), cli.err());
    }

    @Test
    void aProgressFileFromANewerGoconIsExplainedAndStacktraceAddsTheTrace() throws Exception {
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state").resolve("progress.json"), "{\"schema\": 99}");
        Cli cli = gocon("hint");
        assertEquals(ExitCode.FAILURE, cli.exitCode());
        assertOneCleanLine(cli, "your progress file was written by a newer gocon (its schema is 99");

        Cli traced = gocon("--stacktrace", "hint");
        assertTrue(traced.err().contains("\tat "), traced.err());
    }

    @Test
    void aReadOnlyProgressFileIsNotReplacedAndLeavesNothingBehind() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Path progress = state.resolve("progress.json");
        Files.writeString(progress, "{\"schema\": 1, \"exercises\": {}}");
        Files.setPosixFilePermissions(progress, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(progress), "running as root, every file is writable");
        Cli cli = gocon("jump", "sample/hello");
        assertEquals(ExitCode.FAILURE, cli.exitCode());
        assertOneCleanLine(cli, "cannot save your progress in " + progress + ": permission denied");
        try (Stream<Path> files = Files.list(state)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains(".tmp-")).toList());
        }
    }

    @Test
    void anUnwritableTraceOutIsRefusedBeforeTheRun() throws Exception {
        Path unwritable = Path.of("/sys/gocon-trace.json");
        Assumptions.assumeTrue(Files.isDirectory(unwritable.getParent()), "a Linux /sys");
        Cli cli = gocon("lesson", "kitchens", "--trace-out", unwritable.toString());
        assertEquals(ExitCode.FAILURE, cli.exitCode());
        assertOneCleanLine(cli, "cannot write --trace-out " + unwritable + ": ");
        assertEquals("", cli.out(), "the demo did not run");
    }
}
