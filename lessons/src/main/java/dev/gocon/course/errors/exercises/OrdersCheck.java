package dev.gocon.course.errors.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Checks {@code Orders}: ordering from the bakery, the fishmonger and the dairy returns the
 * fishmonger's error, well before the others' two seconds are up (they were canceled).
 */
public final class OrdersCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Instant start = Go.now();
        Object err = learner.getMethod("orderAll", List.class)
                .invoke(null, List.of("bakery", "fishmonger", "dairy"));
        Duration took = Duration.between(start, Go.now());
        if (!(err instanceof Exception e) || !"fishmonger: no fish today".equals(e.getMessage())) {
            throw new AssertionError("orderAll returned " + err + ", expected the fishmonger's error"
                    + " (fishmonger: no fish today)");
        }
        if (took.compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new AssertionError("orderAll took " + took.toMillis() + " ms: the bakery and the dairy were"
                    + " not canceled by the first error");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
