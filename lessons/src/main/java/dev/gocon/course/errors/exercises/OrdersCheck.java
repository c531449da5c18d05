package dev.gocon.course.errors.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Checks {@code Orders}: ordering from the bakery, the fishmonger and the dairy starts a goroutine per
 * supplier and returns the fishmonger's error, well before the others' two seconds are up (they were
 * canceled; judged on virtual time only).
 */
public final class OrdersCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        List<String> suppliers = List.of("bakery", "fishmonger", "dairy");
        Instant start = Go.now();
        Object result = learner.getMethod("orderAll", List.class).invoke(null, suppliers);
        Duration took = Duration.between(start, Go.now());
        if (!(result instanceof Exception e) || !"fishmonger: no fish today".equals(e.getMessage())) {
            throw new AssertionError("orderAll returned " + result + ", expected the fishmonger's error"
                    + " (fishmonger: no fish today)");
        }
        long started = context.events().goroutinesStarted();
        if (started < suppliers.size()) {
            throw new AssertionError("orderAll started " + started + " goroutine"
                    + (started == 1 ? "" : "s") + " for " + suppliers.size()
                    + " suppliers: order from every supplier at once, one goroutine each (g.go)");
        }
        // Only virtual time can judge how long it took: a busy machine makes any real limit flaky.
        if (context.virtualTime() && took.compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new AssertionError("orderAll took " + took.toMillis() + " ms of virtual time: the bakery"
                    + " and the dairy were not canceled by the first error");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
