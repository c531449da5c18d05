package dev.gocon.course.atomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoRun;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import dev.gocon.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the atomics lesson claims of its demos: atomics are no data race; a load then a store still
 * loses an update; the compare-and-swap loop and Once have one outcome under every schedule.
 */
@Timeout(120)
class AtomicsDemosTest {

    private static final int SEEDS = 50;

    private static Set<String> outputsWithoutRaces(Demo demo) {
        Set<String> outputs = new TreeSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            DemoRun run = DemoRun.withRaceDetector(demo, seed);
            assertEquals("", run.report().formatRaces(), demo.name() + " under seed " + seed);
            assertTrue(run.report().ok(), () -> demo.name() + " ended with " + run.report().outcomeLabel());
            outputs.add(run.output());
        }
        return outputs;
    }

    @Test
    void loadThenStoreHasNoDataRaceAndStillLosesAnUpdate() {
        assertEquals(Set.of("served = 1\n", "served = 2\n"), outputsWithoutRaces(new LoadStoreDemo()));
    }

    @Test
    void theCounterTheFlagTheHighestBillAndOnceHaveOneOutcome() {
        assertEquals(Set.of("served = 300\n"), outputsWithoutRaces(new CounterDemo()));
        assertEquals(Set.of("cooking soup\n"), outputsWithoutRaces(new FlagDemo()));
        assertEquals(Set.of("highest bill = 42\n"), outputsWithoutRaces(new HighestDemo()));
        Set<String> once = outputsWithoutRaces(new OnceDemo());
        for (String output : once) {
            assertTrue(output.startsWith("loading the menu\n"), output);
            assertEquals(4, output.lines().count(), output);
            assertEquals(3, output.lines().filter(l -> l.endsWith(" sees 3 dishes")).count(), output);
        }
    }

    @Test
    void theRehearsedSeedOfHighestFailsACompareAndSwap() {
        HighestDemo demo = new HighestDemo();
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Go.run(RunConfig.stepped(demo.rehearsedSeed()).withSink(events::add),
                () -> demo.run(new DemoContext(out, 2, true, Map.of()))).throwIfFailed();
        assertTrue(events.stream().anyMatch(e -> e instanceof TraceEvent.Atomic a
                        && a.operation().startsWith("cas") && a.result().equals("false")),
                "no failed compareAndSwap under the rehearsed seed");
    }
}
