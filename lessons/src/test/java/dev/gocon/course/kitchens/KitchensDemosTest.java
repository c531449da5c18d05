package dev.gocon.course.kitchens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.RunConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kitchen takes two virtual hours concurrently and eight in a row, the same under any seed. */
class KitchensDemosTest {

    static String runStepped(dev.gocon.course.Demo demo, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DemoContext ctx = new DemoContext(out, 2, true, Map.of());
        Go.run(RunConfig.stepped(seed), () -> demo.run(ctx)).throwIfFailed();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fourDishesTakeTwoHoursAndBothCakesAgreeOnSugar() {
        for (long seed = 1; seed <= 20; seed++) {
            String out = runStepped(new FourDishes(), seed);
            assertTrue(out.endsWith("all four dishes ready after about 2 hours\n"), out);
            assertTrue(out.contains("lemon cake gets 3 spoons of sugar\n"), out);
            assertTrue(out.contains("strawberry cupcakes gets 3 spoons of sugar\n"), out);
            assertEquals(out, runStepped(new FourDishes(), seed), "same seed, same bytes");
        }
    }

    @Test
    void inARowTakesEightHours() {
        assertTrue(runStepped(new InARow(), 1).endsWith("after about 8 hours\n"));
    }
}
