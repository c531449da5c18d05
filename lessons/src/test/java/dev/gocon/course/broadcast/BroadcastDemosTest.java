package dev.gocon.course.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.tcpserver.Net;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Fan-out delivers each value once; the hub delivers each to everyone but drops for the slow one. */
class BroadcastDemosTest {

    static String run(Demo demo, RunConfig config, Map<String, String> options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, config.stepped(), options);
        RunReport report = Go.run(config, () -> demo.run(ctx));
        report.throwIfFailed();
        // Nothing left blocked. (Under the native scheduler a goroutine that has just called
        // done() may still be exiting when main returns: the report lists it as "running".)
        assertTrue(report.leaked().stream().allMatch(g -> g.state().equals("running")),
                report.formatLeaks());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static List<String> sortedLines(String out) {
        return Arrays.stream(out.split("\n")).sorted().toList();
    }

    @Test
    void fanOutGivesEachHeadlineToExactlyOneListener() {
        Set<String> outcomes = new TreeSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            String out = run(new FanOutDemo(), RunConfig.stepped(seed), Map.of());
            List<String> headlines = Arrays.stream(out.split("\n"))
                    .map(l -> l.substring(l.indexOf(" got ") + 5)).sorted().toList();
            assertEquals(List.of("headline-1", "headline-2", "headline-3", "headline-4",
                    "headline-5", "headline-6"), headlines, out);
            outcomes.add(out);
        }
        assertTrue(outcomes.size() > 1, "fan-out should depend on the schedule");
    }

    @Test
    void hubBroadcastsAndDropsForTheSlowSubscriberUnderEverySeed() {
        List<String> expected = List.of(
                "alice: h1 h2 h3 h4 h5 h6",
                "bob: h1 h2 h3",
                "hub: dropped 3 for sam",
                "sam: h1 h2 h3");
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(expected, sortedLines(run(new HubDemo(), RunConfig.stepped(seed),
                    Map.of())), "seed " + seed);
        }
        assertEquals(expected, sortedLines(run(new HubDemo(), RunConfig.nativeScheduler(),
                Map.of())));
    }

    @Test
    void oneCloseWakesEveryRunner() {
        for (long seed = 1; seed <= 20; seed++) {
            String out = run(new CloseSignalDemo(), RunConfig.stepped(seed), Map.of());
            assertTrue(out.startsWith("starter: on your marks\n"), out);
            assertTrue(out.endsWith("starter: all 3 are running\n"), out);
            assertEquals(5, out.split("\n").length, out);
        }
    }

    @Test
    @Timeout(60)
    void chatDeliversEveryLineToTheOthersAndClosesEverySocket() {
        String out = run(new ChatDemo(), RunConfig.nativeScheduler(), Map.of("--port", "0"));
        assertTrue(out.contains("alice heard: bob: hello from bob | carol: hello from carol\n"), out);
        assertTrue(out.contains("bob heard: alice: hello from alice | carol: hello from carol\n"), out);
        assertTrue(out.contains("carol heard: alice: hello from alice | bob: hello from bob\n"), out);
        assertTrue(out.contains(": 0 still open\n"), out);
    }

    @Test
    @Timeout(60)
    void twoRealClientsChatAndCtrlCClosesEverything() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, false, Map.of("--port", "0", "--serve", "true"));
        RunReport[] report = new RunReport[1];
        Thread runner = new Thread(() -> report[0] = Go.run(RunConfig.nativeScheduler(),
                () -> new ChatDemo().run(ctx)), "run");
        runner.start();
        while (!bytes.toString(StandardCharsets.UTF_8).contains("serving until Ctrl-C")) {
            Thread.sleep(10);
        }
        int port = Integer.parseInt(bytes.toString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*chat on 127\\.0\\.0\\.1:(\\d+)\n.*", "$1"));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (Socket ann = new Socket(loopback, port); Socket ben = new Socket(loopback, port)) {
            InputStream annIn = ann.getInputStream();
            InputStream benIn = ben.getInputStream();
            assertEquals("welcome to the chat: what is your name?", Net.readLine(annIn));
            Net.println(ann.getOutputStream(), "ann");
            assertEquals("welcome, ann#1: 0 others here", Net.readLine(annIn));
            assertEquals("welcome to the chat: what is your name?", Net.readLine(benIn));
            Net.println(ben.getOutputStream(), "ben");
            assertEquals("welcome, ben#2: 1 other here", Net.readLine(benIn));
            assertEquals("* ben#2 joined", Net.readLine(annIn));
            Net.println(ben.getOutputStream(), "hi ann");
            assertEquals("ben#2: hi ann", Net.readLine(annIn));
            runner.interrupt(); // what Ctrl-C does
            runner.join();
            assertEquals(null, Net.readLine(annIn), "the server should have closed ann's socket");
            assertEquals(null, Net.readLine(benIn), "the server should have closed ben's socket");
        }
        assertEquals(RunReport.Outcome.STOPPED, report[0].outcome());
        try (ServerSocket again = new ServerSocket(port, 1, loopback)) {
            assertEquals(port, again.getLocalPort(), "the port is free again");
        }
    }
}
