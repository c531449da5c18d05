package dev.gocon.sched;

import dev.gocon.go.Channel;
import dev.gocon.go.Chooser;
import dev.gocon.go.Exploration;
import dev.gocon.go.Explorer;
import dev.gocon.go.Go;
import dev.gocon.go.Mutex;
import dev.gocon.go.RunConfig;
import dev.gocon.go.RunReport;
import dev.gocon.go.Select;
import dev.gocon.go.StepChoice;
import dev.gocon.go.Task;
import dev.gocon.go.WaitGroup;
import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/** What the stepped scheduler adds: reproducibility, exploration, virtual time, a chooser. */
@Timeout(60)
class SteppedSchedulerTest {

    /** A racy kitchen: three chefs, a buffered pass, a select with a timeout, and some sleeps. */
    static final Task KITCHEN = () -> {
        Channel<String> pass = Channel.make("pass", 2);
        Channel<String> bell = Channel.make("bell");
        WaitGroup wg = new WaitGroup("chefs");
        for (int i = 1; i <= 3; i++) {
            String dish = "dish-" + i;
            wg.go("chef-" + i, () -> {
                Go.sleep(Duration.ofMinutes(5));
                pass.send(dish);
                Select.select(Select.send(bell, dish, null), Select.receive(Go.after(Duration.ofMinutes(1)), t -> { }));
            });
        }
        Go.go("waiter", () -> {
            for (int i = 0; i < 3; i++) {
                pass.receive();
            }
        });
        bell.receive();
        wg.await();
    };

    private static List<String> trace(long seed, Task main) {
        List<String> events = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(RunConfig.stepped(seed).withSink(e -> events.add(e.toString())), main);
        assertTrue(r.ok(), r.outcomeLabel());
        return events;
    }

    @Test
    void sameSeedSameEventsDifferentSeedsDifferentSchedules() {
        List<String> a = trace(7, KITCHEN);
        List<String> b = trace(7, KITCHEN);
        assertEquals(a, b);
        assertTrue(a.stream().allMatch(s -> s.matches(".*carrier=[,\\]].*")), "stepped carriers are empty");
        Set<List<String>> distinct = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            distinct.add(trace(seed, KITCHEN));
        }
        assertTrue(distinct.size() > 1, "different seeds should give different schedules");
    }

    static final Task RACY_COUNTER = () -> {
        int[] x = {0};
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 2; i++) {
            wg.go("inc-" + i, () -> {
                int v = x[0];
                Go.gosched();
                x[0] = v + 1;
            });
        }
        wg.await();
        if (x[0] != 2) {
            throw new IllegalStateException("counter=" + x[0]);
        }
    };

    static final Task MUTEX_COUNTER = () -> {
        int[] x = {0};
        Mutex mu = new Mutex("mu");
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 2; i++) {
            wg.go("inc-" + i, () -> {
                mu.lock();
                int v = x[0];
                Go.gosched();
                x[0] = v + 1;
                mu.unlock();
            });
        }
        wg.await();
        if (x[0] != 2) {
            throw new IllegalStateException("counter=" + x[0]);
        }
    };

    @Test
    void explorationFindsTheLostUpdate() {
        Exploration<String> bySeed = Explorer.seeds(1, 100, RACY_COUNTER);
        assertEquals(Set.of("ok", "panic: java.lang.IllegalStateException: counter=1"), Set.copyOf(bySeed.outcomes()),
                bySeed.format());
        Exploration<String> all = Explorer.exhaustive(1000, 10_000, RACY_COUNTER);
        assertTrue(all.complete(), all.message());
        assertEquals(2, all.outcomes().size(), all.format());
        // every reported seed replays its outcome
        for (var e : bySeed.histogram()) {
            assertEquals(e.outcome(), Go.run(RunConfig.stepped(e.firstSeed()), RACY_COUNTER).outcomeLabel());
        }
        for (var e : all.histogram()) {
            assertEquals(e.outcome(),
                    Go.run(RunConfig.stepped(0).withChooser(Chooser.first()).withReplay(e.firstSchedule()), RACY_COUNTER)
                            .outcomeLabel());
        }
    }

    @Test
    void explorationOfTheMutexVersionFindsOnlyTheRightAnswer() {
        assertEquals(List.of("ok"), Explorer.seeds(1, 100, MUTEX_COUNTER).outcomes());
        Exploration<String> all = Explorer.exhaustive(1000, 10_000, MUTEX_COUNTER);
        assertTrue(all.complete(), all.message());
        assertEquals(List.of("ok"), all.outcomes());
    }

    static final Task LOCK_ORDER = () -> {
        Mutex a = new Mutex("a");
        Mutex b = new Mutex("b");
        WaitGroup wg = new WaitGroup();
        wg.go("ab", () -> {
            a.lock();
            b.lock();
            b.unlock();
            a.unlock();
        });
        wg.go("ba", () -> {
            b.lock();
            a.lock();
            a.unlock();
            b.unlock();
        });
        wg.await();
    };

    @Test
    void findsADeadlockAndItsSeedReplaysIt() {
        Exploration<String> e = Explorer.seeds(1, 200, LOCK_ORDER);
        var deadlock = e.histogram().stream().filter(x -> x.outcome().equals("deadlock")).findFirst();
        assertTrue(deadlock.isPresent(), e.format());
        assertTrue(e.outcomes().contains("ok"), e.format());
        long seed = deadlock.get().firstSeed();
        for (int i = 0; i < 3; i++) {
            RunReport r = Go.run(RunConfig.stepped(seed), LOCK_ORDER);
            assertEquals(RunReport.Outcome.DEADLOCK, r.outcome());
            assertTrue(r.failure().getMessage().contains("[semacquire]"), r.failure().getMessage());
        }
        assertTrue(Explorer.exhaustive(1000, 10_000, LOCK_ORDER).outcomes().contains("deadlock"));
    }

    @Test
    void twoHoursOfVirtualSleepTakeNoRealTime() {
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(RunConfig.stepped(1).withSink(events::add), () -> {
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 4; i++) {
                wg.go("baker-" + i, () -> {
                    for (int k = 0; k < 4; k++) {
                        Go.sleep(Duration.ofMinutes(30));
                    }
                });
            }
            wg.await();
        });
        assertTrue(r.ok());
        assertEquals(Duration.ofHours(2).toNanos(), r.nanos());
        assertEquals(Duration.ofHours(2).toNanos(), events.getLast().nanos());
    }

    @Test
    void chooserSeesNextOperations() {
        List<String> seen = new ArrayList<>();
        RunReport r = Go.run(RunConfig.stepped(1).withChooser((runnable, suggested) -> {
            runnable.forEach(c -> seen.add(c.toString()));
            return suggested;
        }), () -> {
            Channel<String> orders = Channel.make("orders");
            Go.go("chef-2", () -> orders.send("soup"));
            Go.sleep(Duration.ofSeconds(1));
            orders.receive();
        });
        assertTrue(r.ok());
        assertTrue(seen.contains("g2 chef-2: send orders <- \"soup\" (will block: no receiver)"), seen.toString());
        assertTrue(seen.contains("g1 main: go chef-2"), seen.toString());
    }

    @Test
    void replayingAPrefixUndoes() {
        List<String> first = new CopyOnWriteArrayList<>();
        RunReport r1 = Go.run(RunConfig.stepped(3).withSink(e -> first.add(e.toString())), KITCHEN);
        assertTrue(r1.choices().size() > 4);
        // replay the whole schedule under another seed: same events
        List<String> again = new CopyOnWriteArrayList<>();
        Go.run(RunConfig.stepped(99).withReplay(r1.choices()).withSink(e -> again.add(e.toString())), KITCHEN);
        assertEquals(first, again);
        // replay a prefix, then let a chooser decide: the chooser is asked only after the prefix
        int k = 3;
        int[] asked = {0};
        RunReport r3 = Go.run(RunConfig.stepped(3).withReplay(r1.choices().subList(0, k)).withChooser((c, s) -> {
            asked[0]++;
            return 0;
        }), KITCHEN);
        assertEquals(r1.choices().subList(0, k), r3.choices().subList(0, k));
        assertTrue(asked[0] > 0);
    }

    @Test
    void stepLimitAndStopEndTheRun() {
        Task spin = () -> {
            Go.go("spinner", () -> {
                while (true) {
                    Go.gosched();
                }
            });
            while (true) {
                Go.gosched();
            }
        };
        RunReport r = Go.run(RunConfig.stepped(1).withStepLimit(100), spin);
        assertEquals(RunReport.Outcome.STEP_LIMIT, r.outcome());
        assertEquals(100, r.steps());
        RunReport s = Go.run(RunConfig.stepped(1).withChooser((c, x) -> Chooser.STOP), spin);
        assertEquals(RunReport.Outcome.STOPPED, s.outcome());
    }

    @Test
    void exhaustiveSaysTooLarge() {
        Task big = () -> {
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 6; i++) {
                wg.go(() -> {
                    for (int k = 0; k < 5; k++) {
                        Go.gosched();
                    }
                });
            }
            wg.await();
        };
        Exploration<String> e = Explorer.exhaustive(10_000, 50, big);
        assertFalse(e.complete());
        assertTrue(e.message().startsWith("too large"), e.message());
        Exploration<String> limited = Explorer.exhaustive(20, 50, big);
        assertFalse(limited.complete());
        assertTrue(limited.message().contains("step limit"), limited.message());
    }

    @Test
    void parallelismCannotChangeOnceVirtualThreadsRun() {
        Go.run(() -> { });
        assertFalse(NativeScheduler.configureParallelism(2));
        assertThrows(IllegalArgumentException.class, () -> NativeScheduler.configureParallelism(0));
    }

    @Test
    void stepChoiceFormat() {
        assertEquals("g3 chef-2: lock mu", new StepChoice(3, "chef-2", "lock mu").toString());
        assertEquals("g4: gosched", new StepChoice(4, "", "gosched").toString());
    }
}
