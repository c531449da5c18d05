package dev.gocon.app.render.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SummaryTest {

    @Test
    @Timeout(20)
    void ratesPerTickAndAFinalTableNeverOneLinePerEvent() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong clock = new AtomicLong();
        Recorder recorder = new Recorder(1_000);
        SummaryView view = new SummaryView(TraceOptions.plain(out), recorder, clock::get, false);
        TraceEvent.Who main = new TraceEvent.Who(1, "main");
        recorder.accept(new TraceEvent.Start(0, main, "c1"));
        for (int tick = 1; tick <= 3; tick++) {
            for (int i = 0; i < 10_000; i++) {
                TraceEvent.Who g = new TraceEvent.Who(tick * 100_000L + i, "");
                recorder.accept(new TraceEvent.Spawn(0, main, "c1", g));
                recorder.accept(new TraceEvent.Start(0, g, "c2"));
                recorder.accept(new TraceEvent.Exit(0, g, "c2"));
            }
            clock.addAndGet(100_000_000L);
            view.tickNow();
        }
        view.tickNow(); // nothing happened: no line
        view.output().println("demo says hi");
        recorder.accept(new TraceEvent.Exit(0, main, "c1"));
        clock.addAndGet(100_000_000L);
        view.finish();
        view.close();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("    0.100 s  spawned   10000/100ms  blocked       0/100ms  done   10000/100ms  alive       1",
                lines[0]);
        assertEquals("    0.300 s  spawned   10000/100ms  blocked       0/100ms  done   10000/100ms  alive       1",
                lines[2]);
        assertEquals("demo says hi", lines[3]);
        assertEquals("    0.400 s  spawned       0/100ms  blocked       0/100ms  done       1/100ms  alive       0",
                lines[4]);
        assertEquals("-- summary: 30001 goroutines in 0.400 s", lines[5]);
        String all = String.join("\n", lines);
        assertTrue(all.contains("   spawn         30000      75000"), all);
        assertTrue(all.contains("   kept 1000 events one by one, 89002 more counted only"), all);
        assertTrue(lines.length < 20, all);
    }
}
