package dev.gocon.course.atomics.exercises;

import dev.gocon.course.exercise.RaceFreeCheck;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Checks {@code LazyMenu} with the race detector on: four waiters call {@code get()} at once on one
 * menu whose loader yields in the middle; the loader runs once, every waiter gets that menu, and no
 * access to a {@code Shared} variable races.
 */
public final class LazyMenuCheck extends RaceFreeCheck {

    private static final int WAITERS = 4;

    @Override
    protected void attempt(Class<?> learner, Context context) throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Supplier<String> load = () -> {
            int n = loads.incrementAndGet();
            Go.gosched(); // loading takes a while: another waiter may run here
            return "menu #" + n;
        };
        Constructor<?> make = learner.getConstructor(Supplier.class);
        Object lazy = make.newInstance(load);
        Method get = learner.getMethod("get");
        Set<Object> seen = ConcurrentHashMap.newKeySet();
        WaitGroup wg = new WaitGroup("waiters");
        for (int w = 1; w <= WAITERS; w++) {
            wg.add(1);
            Go.go("waiter-" + w, () -> {
                try {
                    seen.add(String.valueOf(get.invoke(lazy)));
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        if (loads.get() != 1) {
            throw new AssertionError("the menu was loaded " + loads.get() + " times by " + WAITERS
                    + " waiters; it must be loaded exactly once");
        }
        if (!seen.equals(Set.of("menu #1"))) {
            throw new AssertionError("the waiters got " + seen + "; every waiter must get the one menu loaded");
        }
    }
}
