package dev.gocon.app.repl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The prompt's tree, built elsewhere: get() gives it once built, or throws what building it threw. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackgroundTreeTest {

    @Test
    void getGivesTheTreeOnceBuilt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        PrintWriter out = new PrintWriter(new StringWriter());
        CommandLine built = GoconCommand.commandLine(Console.piped(Map.of()), out, out);
        BackgroundTree tree = BackgroundTree.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return built;
        });
        release.countDown();
        assertSame(built, tree.get());
        assertSame(built, tree.get());
    }

    @Test
    void aFailureToBuildIsThrownAsItWasThrown() {
        IllegalStateException failure = new IllegalStateException("duplicate option --seed");
        BackgroundTree tree = BackgroundTree.start(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalStateException.class, tree::get));
        assertSame(failure, assertThrows(IllegalStateException.class, tree::get));
    }

    @Test
    void anErrorIsThrownAsItWasThrownToo() {
        StackOverflowError error = new StackOverflowError();
        BackgroundTree tree = BackgroundTree.start(() -> {
            throw error;
        });
        assertSame(error, assertThrows(StackOverflowError.class, tree::get));
    }

    @Test
    void aTreeAlreadyBuiltIsGivenAsItIs() {
        PrintWriter out = new PrintWriter(new StringWriter());
        CommandLine built = GoconCommand.commandLine(Console.piped(Map.of()), out, out);
        assertSame(built, BackgroundTree.of(built).get());
    }
}
