package dev.gocon.course.workerpools.exercises;

import dev.gocon.course.exercise.Check;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Checks {@code Pool}: three workers send six emails, and every result comes back once. */
public final class PoolCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Object got = learner.getMethod("sendAll", int.class, int.class).invoke(null, 3, 6);
        List<?> results = (List<?>) got;
        List<String> expected = IntStream.rangeClosed(1, 6).mapToObj(i -> "email " + i + " sent").toList();
        if (results == null || results.size() != 6
                || !new TreeSet<>(results.stream().map(String::valueOf).collect(Collectors.toSet()))
                        .equals(new TreeSet<>(expected))) {
            throw new AssertionError("sendAll(3, 6) returned " + results + ", expected the six results "
                    + "email 1 sent ... email 6 sent, in any order");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
