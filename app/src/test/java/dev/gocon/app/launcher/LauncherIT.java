package dev.gocon.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the real {@code ./gocon} launcher in a child process with its output piped, after the jar has
 * been packaged. The launcher finds its own Java 25, as a newcomer's shell would.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Run(int exitCode, String out, String err) {}

    private static Run gocon(String... args) throws IOException, InterruptedException {
        Path launcher = ROOT.resolve("gocon");
        assumeTrue(Files.isExecutable(launcher), "the launcher script is present");
        String[] command = new String[args.length + 1];
        command[0] = launcher.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("GOCON_NO_AOT", "1");
        builder.environment().remove("NO_COLOR");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(120)
    void listRunsPipedWithoutEscapeBytes() throws Exception {
        Run run = gocon("list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("kitchens"), run.out());
        assertFalse(run.out().contains("\u001b"), "no escape bytes when piped");
    }

    @Test
    @Timeout(120)
    void misspelledLessonExitsTwoThroughTheLauncher() throws Exception {
        Run run = gocon("lesson", "kitchns");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("kitchens"), run.err());
    }
}
