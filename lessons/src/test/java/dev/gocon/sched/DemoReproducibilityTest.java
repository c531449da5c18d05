package dev.gocon.sched;

import dev.gocon.course.catalog.Catalog;
import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.Lesson;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5: for every lesson demo that exists, two stepped runs with the same seed print the same
 * bytes and report the same events. Picks up new demos from the Catalog by itself.
 */
@Timeout(120)
class DemoReproducibilityTest {

    private record Outcome(String printed, List<String> events, String end) {}

    private static Outcome run(Demo demo, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        RunReport r = Go.run(RunConfig.stepped(seed).withSink(e -> events.add(e.toString())),
                () -> demo.run(new DemoContext(out, 1, true, Map.of())));
        out.flush();
        return new Outcome(bytes.toString(StandardCharsets.UTF_8), List.copyOf(events), r.outcomeLabel());
    }

    @TestFactory
    Stream<DynamicTest> sameSeedSameBytes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : Catalog.lessons()) {
            for (Demo demo : lesson.demos()) {
                tests.add(DynamicTest.dynamicTest(lesson.id() + "/" + demo.name(), () -> {
                    long seed = demo.rehearsedSeed();
                    assertEquals(run(demo, seed), run(demo, seed));
                    assertEquals(run(demo, seed + 1), run(demo, seed + 1));
                }));
            }
        }
        return tests.stream();
    }
}
