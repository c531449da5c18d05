package dev.gocon.course.tcpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo server serves every client, closes every socket it opened, and reports a taken port. */
class EchoDemoTest {

    record Outcome(RunReport report, String out) {
    }

    static Outcome run(Demo demo, RunConfig config, Map<String, String> options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, config.stepped(), options);
        RunReport report = Go.run(config, () -> demo.run(ctx));
        return new Outcome(report, bytes.toString(StandardCharsets.UTF_8));
    }

    /** The sockets this process has open, from /proc/self/fd (Linux). */
    static long openSockets() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc/self/fd on this system");
        try (Stream<Path> list = Files.list(fds)) {
            return list.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    @Timeout(60)
    void servesEveryClientAndClosesEverySocket() throws Exception {
        // A first run lets the JDK open what it keeps for the life of the process.
        run(new EchoDemo(), RunConfig.nativeScheduler(), Map.of("--port", "0", "--clients", "1"))
                .report().throwIfFailed();
        long before = openSockets();
        Outcome o = run(new EchoDemo(), RunConfig.nativeScheduler(),
                Map.of("--port", "0", "--clients", "30", "--idle", "40"));
        o.report().throwIfFailed();
        assertTrue(o.out().contains("30 clients served concurrently, 30 echoes correct"), o.out());
        assertTrue(o.out().contains("40 idle connections"), o.out());
        assertTrue(o.out().contains("sockets (listener, both ends of every connection): 0 still open"),
                o.out());
        assertEquals(0, o.report().leaked().size(), o.report().formatLeaks()); // awaitExit
        assertEquals(before, openSockets(), "sockets left open by the demo");
    }

    @Test
    @Timeout(60)
    void ctrlCDuringServeClosesTheListenerAndEveryConnection() throws Exception {
        run(new EchoDemo(), RunConfig.nativeScheduler(), Map.of("--port", "0", "--clients", "1"))
                .report().throwIfFailed();
        long before = openSockets();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, false,
                Map.of("--port", "0", "--clients", "2", "--serve", "true"));
        RunReport[] report = new RunReport[1];
        Thread runner = new Thread(() -> report[0] = Go.run(RunConfig.nativeScheduler(),
                () -> new EchoDemo().run(ctx)), "run");
        runner.start();
        while (!bytes.toString(StandardCharsets.UTF_8).contains("serving until Ctrl-C")) {
            Thread.sleep(10);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int port = Integer.parseInt(
                text.replaceAll("(?s).*listening on 127\\.0\\.0\\.1:(\\d+),.*", "$1"));
        try (java.net.Socket nc = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            var in = nc.getInputStream();
            assertEquals(EchoDemo.GREETING, Net.readLine(in));
            runner.interrupt(); // what Ctrl-C does
            runner.join();
            assertEquals(null, Net.readLine(in), "the server should have closed our connection");
        }
        assertEquals(RunReport.Outcome.STOPPED, report[0].outcome());
        assertEquals(before, openSockets(), "sockets left open after Ctrl-C");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the port is free again");
        }
    }

    @Test
    @Timeout(60)
    void aTakenPortFailsWithOneLineNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Outcome o = run(new EchoDemo(), RunConfig.nativeScheduler(),
                    Map.of("--port", String.valueOf(port), "--clients", "1"));
            assertEquals(RunReport.Outcome.PANIC, o.report().outcome());
            Throwable cause = o.report().failure().getCause();
            assertInstanceOf(IllegalArgumentException.class, cause);
            assertEquals("port " + port + " on 127.0.0.1 is already in use: try --port 0 for any"
                    + " free port", cause.getMessage());
        }
    }

    @Test
    void underTheSteppedSchedulerItSaysWhyAndReturns() {
        Outcome o = run(new EchoDemo(), RunConfig.stepped(1), Map.of());
        o.report().throwIfFailed();
        assertEquals("echo needs real sockets: run it without --seed, --step or --explore.\n",
                o.out());
    }
}
