package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the scan of the learner's classes refuses, and what it lets through. */
@Timeout(60)
class ForbiddenCallsTest {

    @TempDir
    Path dir;

    private List<String> refused(String body) throws Exception {
        Path source = dir.resolve("Learner.java");
        Files.writeString(source, """
                import java.util.function.*;
                public class Learner {
                    public static void run() throws Throwable {
                """ + body + """
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> errors = new LearnerCompiler(System.getProperty("java.class.path")).compile(source, classes);
        assertEquals(List.of(), errors);
        return ForbiddenCalls.scan(classes).stream().map(ForbiddenCalls.Refusal::describe).toList();
    }

    @Test
    void aMethodReferenceIsSeenAsACall() throws Exception {
        assertEquals(List.of("your code calls System.exit, which ends the JVM before the check can judge it "
                + "(at Learner.java:4)"), refused("        IntConsumer quit = System::exit; quit.accept(0);\n"));
    }

    @Test
    void reflectionProcessesAndGoconInternalsAreRefused() throws Exception {
        assertEquals(List.of(
                "your code calls Class.forName: reflection is not allowed in a check (at Learner.java:4)",
                "your code calls ProcessBuilder.start: a check does not start or stop processes (at Learner.java:5)",
                "your code uses dev.gocon.app.exercise.harness.CheckHarness, which is gocon's own code; only "
                        + "dev.gocon.go is yours (at Learner.java:6)"),
                refused("""
                        Class.forName("java.lang.Runtime");
                        new ProcessBuilder("ls").start();
                        dev.gocon.app.exercise.harness.CheckHarness.main(new String[0]);
                """));
    }

    @Test
    void whatAnExerciseNeedsIsAllowed() throws Exception {
        assertEquals(List.of(), refused("""
                        var wg = new dev.gocon.go.WaitGroup();
                        var plates = dev.gocon.go.Channel.<Integer>make("plates", 2);
                        wg.go(() -> plates.send(1));
                        wg.await();
                        Thread.ofPlatform().start(() -> System.out.println(plates.receive())).join();
                        new java.util.concurrent.atomic.AtomicInteger().incrementAndGet();
                        java.nio.file.Files.readString(java.nio.file.Path.of("notes.txt"));
                """));
    }
}
