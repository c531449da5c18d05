package dev.gocon.app.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.cli.GoconCommand;
import dev.gocon.app.present.ScreenState;
import dev.gocon.app.record.CastRecorder;
import dev.gocon.app.record.Recording;
import dev.gocon.app.term.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Following a shared session: the code, the streams, and {@code gocon follow} in a pipe. */
@Timeout(60)
class FollowTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run gocon(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoconCommand.commandLine(Console.piped(Map.of()),
                new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void withoutTheCodeHttpGets401AndEachAddressIsLoggedOnce() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ShareFixture share = new ShareFixture(what -> { })) {
            share.door.onLog(log::add);
            for (String target : List.of("/", "/state", "/cast?code=wrong", "/?code=")) {
                String response = ShareFixture.readAll(ShareFixture.get("127.0.0.1", share.port(), target));
                assertTrue(response.startsWith("HTTP/1.1 401"), target + ": " + response);
            }
            assertEquals(List.of("refused a follower from 127.0.0.1: wrong or missing code"), log);
            String page = ShareFixture.readAll(ShareFixture.get("127.0.0.1", share.port(), "/?code=" + ShareFixture.CODE));
            assertTrue(page.startsWith("HTTP/1.1 200"), page);
            assertTrue(page.contains("new EventSource(\"state\""), "the page follows the state stream");
            assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("@import"),
                    "no external script, style or font");
        }
    }

    @Test
    void aWrongCodeIsRefusedWithExitTwo() {
        try (ShareFixture share = new ShareFixture(what -> { })) {
            Run run = gocon("follow", "127.0.0.1:" + share.port(), "--code", "not-the-code");
            assertEquals(2, run.code(), run.err());
            assertEquals("gocon: the session at 127.0.0.1:" + share.port() + " did not accept the code 'not-the-code'",
                    run.err().strip());
        }
    }

    @Test
    void badTargetsAndNobodyThereAreOneLineEach() throws Exception {
        Run bad = gocon("follow", "no port here", "--code", "x");
        assertEquals(2, bad.code());
        assertEquals("gocon: 'no port here' is not HOST:PORT, such as 127.0.0.1:7070", bad.err().strip());
        int free;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        Run nobody = gocon("follow", "127.0.0.1:" + free, "--code", "x");
        assertEquals(1, nobody.code());
        assertEquals("gocon: nobody is sharing at 127.0.0.1:" + free + " (connection refused)", nobody.err().strip());
    }

    @Test
    void inAPipeFollowWritesEachNewSlideAsPlainTextUntilTheSessionEnds() throws Exception {
        CountDownLatch joined = new CountDownLatch(1);
        try (ShareFixture share = new ShareFixture(what -> {
            if (what.equals("joined")) {
                joined.countDown();
            }
        })) {
            share.hub.publish(ShareFixture.screen("\033[1mfirst\033[0m"));
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(
                    () -> gocon("follow", "127.0.0.1:" + share.port(), "--code", ShareFixture.CODE.toString()));
            assertTrue(joined.await(30, TimeUnit.SECONDS));
            share.hub.publish(ShareFixture.screen("second"));
            share.hub.close();
            Run result = run.get(30, TimeUnit.SECONDS);
            assertEquals(0, result.code(), result.err());
            assertTrue(result.out().contains(ShareFixture.HEADING), result.out());
            assertFalse(result.out().contains("\033"), "no escape bytes in a pipe");
        }
    }

    @Test
    void theAsciicastStreamIsTheRecordingLineForLine() throws Exception {
        Path file = dir.resolve("talk.cast");
        CountDownLatch joined = new CountDownLatch(1);
        try (ShareFixture share = new ShareFixture(what -> {
            if (what.equals("joined")) {
                joined.countDown();
            }
        })) {
            CastRecorder recorder = Recording.open(file, share.hub.castWriter(), null);
            while (share.hub.stats().updates() < 1) {
                Thread.sleep(10); // polling a counter until the owner has the header, not ordering threads
            }
            Socket follower = ShareFixture.get("127.0.0.1", share.port(), "/cast?code=" + ShareFixture.CODE);
            assertTrue(joined.await(30, TimeUnit.SECONDS));
            recorder.write("\033[?1049hhello, class\r\n".getBytes(StandardCharsets.UTF_8));
            recorder.resize(100, 30);
            recorder.write("\033[2;1Hsecond screen · é".getBytes(StandardCharsets.UTF_8));
            recorder.close();
            share.hub.close();
            String body = dechunk(follower.getInputStream().readAllBytes());
            follower.close();
            assertEquals(Files.readString(file), body, "followers got exactly what --record wrote");
            assertEquals(4, body.lines().count(), "a header and three events:\n" + body);
        }
    }

    @Test
    void aScreenSurvivesTheTripAsJson() throws Exception {
        ScreenState state = new ScreenState(List.of("kitchens"), 0, 3, 1, "▶ demo \"quoted\"",
                List.of(new AttributedString("g1 main")), ShareFixture.screen("x").rows(), 80, 24);
        ScreenState back = ScreenJson.read(ScreenJson.write(state));
        assertEquals(state.lessons(), back.lessons());
        assertEquals(3, back.slide());
        assertEquals(1, back.step());
        assertEquals(state.status(), back.status());
        assertEquals("g1 main", back.demo().getFirst().toString());
        assertEquals(state.rows().get(1).toString(), back.rows().get(1).toString());
        assertFalse(ScreenJson.write(state).contains("\n"), "one line, for one server-sent event");
    }

    /** The body of a chunked HTTP response. */
    private static String dechunk(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\r\n\r\n") + 4;
        assertTrue(text.startsWith("HTTP/1.1 200") && text.contains("Transfer-Encoding: chunked"), text);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd), 16);
            if (size == 0) {
                break;
            }
            body.write(bytes, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }
}
