package dev.gocon.course.mutex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lost update is found by seeds, and each fix leaves one outcome only. */
class MutexDemosTest {

    static String runStepped(Demo demo, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, true, Map.of());
        Go.run(RunConfig.stepped(seed), () -> demo.run(ctx)).throwIfFailed();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static Set<String> outcomes(Demo demo, int seeds) {
        Set<String> seen = new TreeSet<>();
        for (long seed = 1; seed <= seeds; seed++) {
            seen.add(runStepped(demo, seed));
        }
        return seen;
    }

    @Test
    void lostUpdateHasSeveralOutcomesAndTheRehearsedSeedLosesOne() {
        LostUpdate demo = new LostUpdate();
        Set<String> seen = outcomes(demo, 50);
        assertTrue(seen.contains("served = 6 want 6\n"), seen::toString);
        assertTrue(seen.contains("served = 3 want 6\n"), seen::toString);
        assertEquals("served = 4 want 6\n", runStepped(demo, demo.rehearsedSeed()));
    }

    @Test
    void everyFixHasOneOutcome() {
        for (Demo fix : new Demo[] {new MutexFix(), new AtomicFix(), new OwnerFix()}) {
            assertEquals(Set.of("served = 6 want 6\n"), outcomes(fix, 30), fix.name());
        }
    }
}
