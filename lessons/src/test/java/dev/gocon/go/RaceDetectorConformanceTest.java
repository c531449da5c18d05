package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The race detector against the rules of the Go memory model: for each rule, a program ordered only by
 * that rule (race-free) and the same program with the edge missing (racy), each under the native
 * scheduler and 50 seeds of the stepped one. A racy program must report the same races under every
 * schedule; a race-free one none.
 */
@Timeout(300)
class RaceDetectorConformanceTest {

    static final int SEEDS = 50;
    static final int NATIVE_RUNS = 3;

    // ---- the go statement ----

    @Test
    void goStatement() {
        assertRaceFree(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> done = Channel.make(1);
            x.set(1);
            Go.go("reader", () -> done.send(x.get()));
            done.receive();
        });
        assertRacy(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> done = Channel.make(1);
            Go.go("reader", () -> done.send(x.get()));
            x.set(1);
            done.receive();
        });
    }

    // ---- channels ----

    @Test
    void sendBeforeReceiveCompletes() {
        for (int capacity : new int[] {0, 1, 3}) {
            assertRaceFree(() -> {
                Shared<Integer> x = Shared.of("x", 0);
                Channel<Integer> ch = Channel.make(capacity);
                Go.go("writer", () -> {
                    x.set(1);
                    ch.send(0);
                });
                ch.receive();
                x.get();
            });
            assertRacy(() -> {
                Shared<Integer> x = Shared.of("x", 0);
                Channel<Integer> ch = Channel.make(capacity);
                Channel<Integer> done = Channel.make(1);
                Go.go("writer", () -> {
                    ch.send(0);
                    x.set(1);
                    done.send(0);
                });
                ch.receive();
                x.get();
                done.receive();
            });
        }
    }

    @Test
    void bufferedReceiveBeforeSendCapacityLater() {
        // a buffered channel as a semaphore: capacity 1 excludes, capacity 2 lets two in
        assertRaceFree(() -> semaphore(1));
        assertRacy(() -> semaphore(2));
    }

    private static void semaphore(int capacity) {
        Shared<Integer> x = Shared.of("x", 0);
        Channel<Integer> sem = Channel.make("sem", capacity);
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 2; i++) {
            wg.go("worker-" + i, () -> {
                sem.send(0);
                x.set(x.get() + 1);
                sem.receive();
            });
        }
        wg.await();
    }

    @Test
    void closeBeforeReceiveThatSeesIt() {
        assertRaceFree(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> ch = Channel.make();
            Go.go("closer", () -> {
                x.set(1);
                ch.close();
            });
            ch.receive();
            x.get();
        });
        assertRacy(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> ch = Channel.make();
            Channel<Integer> done = Channel.make(1);
            Go.go("closer", () -> {
                ch.close();
                x.set(1);
                done.send(0);
            });
            ch.receive();
            x.get();
            done.receive();
        });
    }

    @Test
    void unbufferedReceiveBeforeSendCompletes() {
        assertRaceFree(() -> unbufferedReceiveFirst(0));
        assertRacy(() -> unbufferedReceiveFirst(1));   // buffered: the send does not wait for the receive
    }

    private static void unbufferedReceiveFirst(int capacity) {
        Shared<Integer> x = Shared.of("x", 0);
        Channel<Integer> ch = Channel.make(capacity);
        Channel<Integer> done = Channel.make(1);
        Go.go("receiver", () -> {
            x.set(1);
            ch.receive();
            done.send(0);
        });
        ch.send(0);
        x.get();
        done.receive();
    }

    @Test
    void selectCasesFollowTheChannelRules() {
        assertRaceFree(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> a = Channel.make();
            Channel<Integer> b = Channel.make();
            Go.go("writer", () -> {
                x.set(1);
                Select.select(Select.send(a, 1, null), Select.send(b, 2, null));
            });
            Select.select(Select.receive(a, v -> { }), Select.receive(b, v -> { }));
            x.get();
        });
        assertRacy(() -> {
            Shared<Integer> x = Shared.of("x", 0);
            Channel<Integer> a = Channel.make(1);
            Channel<Integer> done = Channel.make(1);
            Go.go("writer", () -> {
                Select.select(Select.send(a, 1, null), Select.otherwise(null));
                x.set(1);
                done.send(0);
            });
            x.get();
            done.receive();
        });
    }

    // ---- sync ----

    @Test
    void unlockBeforeNextLock() {
        assertRaceFree(() -> counter(true));
        assertRacy(() -> counter(false));
    }

    private static void counter(boolean oneMutex) {
        Shared<Integer> x = Shared.of("x", 0);
        Mutex a = new Mutex("a");
        Mutex b = oneMutex ? a : new Mutex("b");
        WaitGroup wg = new WaitGroup();
        for (Mutex mu : List.of(a, b)) {
            wg.go(() -> {
                mu.lock();
                x.set(x.get() + 1);
                mu.unlock();
            });
        }
        wg.await();
    }

    @Test
    void rwMutexUnlockBeforeLaterLocks() {
        assertRaceFree(() -> menu(true));
        assertRacy(() -> menu(false));   // the writer takes only a read lock
    }

    private static void menu(boolean writeLock) {
        Shared<String> x = Shared.of("menu", "soup");
        RWMutex rw = new RWMutex("rw");
        WaitGroup wg = new WaitGroup();
        wg.go("writer", () -> {
            if (writeLock) {
                rw.lock();
            } else {
                rw.rlock();
            }
            x.set("pie");
            if (writeLock) {
                rw.unlock();
            } else {
                rw.runlock();
            }
        });
        for (int i = 0; i < 2; i++) {
            wg.go("reader-" + i, () -> {
                rw.rlock();
                x.get();
                rw.runlock();
            });
        }
        wg.await();
    }

    @Test
    void waitGroupDoneBeforeAwaitReturns() {
        assertRaceFree(() -> tally(true));
        assertRacy(() -> tally(false));
    }

    private static void tally(boolean writeBeforeDone) {
        Shared<Integer> x = Shared.of("x", 0);
        WaitGroup wg = new WaitGroup();
        Channel<Integer> finished = Channel.make(1);
        wg.add(1);
        Go.go("worker", () -> {
            if (writeBeforeDone) {
                x.set(1);
                wg.done();
            } else {
                wg.done();
                x.set(1);
            }
            finished.send(0);
        });
        wg.await();
        x.get();
        finished.receive();
    }

    @Test
    void onceBodyBeforeAnyDoOnceReturns() {
        assertRaceFree(() -> lazyInit(true));
        assertRacy(() -> lazyInit(false));   // the set-up happens outside the once
    }

    private static void lazyInit(boolean insideOnce) {
        Shared<Integer> x = Shared.of("config", 0);
        Once once = new Once();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 2; i++) {
            int id = i;
            wg.go("user-" + i, () -> {
                if (insideOnce) {
                    once.doOnce(() -> x.set(42));
                    x.get();
                } else {
                    once.doOnce(() -> { });
                    if (id == 0) {
                        x.set(42);
                    } else {
                        x.get();
                    }
                }
            });
        }
        wg.await();
    }

    @Test
    void cancelBeforeDoneSeenClosed() {
        assertRaceFree(() -> cancel(true));
        assertRacy(() -> cancel(false));
    }

    private static void cancel(boolean writeBeforeCancel) {
        Shared<Integer> x = Shared.of("x", 0);
        Context.Cancelable ctx = Context.withCancel(Context.background());
        Channel<Integer> finished = Channel.make(1);
        Go.go("canceller", () -> {
            if (writeBeforeCancel) {
                x.set(1);
                ctx.cancel();
            } else {
                ctx.cancel();
                x.set(1);
            }
            finished.send(0);
        });
        ctx.done().receive();
        x.get();
        finished.receive();
    }

    // ---- atomics ----

    @Test
    void atomicsAreSequentiallyConsistent() {
        assertRaceFree(() -> flag(true));
        assertRacy(() -> flag(false));
        assertRaceFree(() -> publish(true));
        assertRacy(() -> publish(false));
    }

    private static void flag(boolean writeBeforeStore) {
        Shared<Integer> x = Shared.of("x", 0);
        AtomicInt64 ready = new AtomicInt64("ready", 0);
        Channel<Integer> finished = Channel.make(1);
        Go.go("writer", () -> {
            if (writeBeforeStore) {
                x.set(1);
                ready.store(1);
            } else {
                ready.store(1);
                x.set(1);
            }
            finished.send(0);
        });
        while (ready.load() == 0) {
            Go.gosched();
        }
        x.get();
        finished.receive();
    }

    private static void publish(boolean buildBeforeSwap) {
        Shared<Integer> x = Shared.of("x", 0);
        AtomicRef<String> box = new AtomicRef<>(null);
        AtomicInt64 adds = new AtomicInt64(0);
        Channel<Integer> finished = Channel.make(1);
        Go.go("publisher", () -> {
            if (buildBeforeSwap) {
                x.set(1);
                box.compareAndSwap(null, "built");
            } else {
                box.swap("built");
                x.set(1);
            }
            adds.add(1);
            finished.send(0);
        });
        while (box.load() == null) {
            Go.gosched();
        }
        x.get();
        finished.receive();
    }

    // ---- reads ----

    @Test
    void readsDoNotRaceWithReads() {
        assertRaceFree(() -> readers(false));
        assertRacy(() -> readers(true));
    }

    private static void readers(boolean oneWrites) {
        Shared<Integer> x = Shared.of("x", 7);
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 3; i++) {
            int id = i;
            wg.go("reader-" + i, () -> {
                if (oneWrites && id == 2) {
                    x.set(8);
                } else {
                    x.get();
                }
            });
        }
        wg.await();
    }

    // ---- the report ----

    @Test
    void rightAnswerStillARace() {
        int right = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            int[] result = {0};
            RunReport r = Go.run(RunConfig.stepped(seed).withRaceDetector(), () -> {
                Shared<Integer> x = Shared.of("counter", 0);
                WaitGroup wg = new WaitGroup();
                for (int i = 0; i < 2; i++) {
                    wg.go("adder-" + i, () -> x.set(x.get() + 1));
                }
                wg.await();
                result[0] = x.get();
            });
            assertTrue(r.ok(), r.outcomeLabel());
            assertFalse(r.races().isEmpty(), "seed " + seed + " gave " + result[0] + " and no race");
            if (result[0] == 2) {
                right++;
            }
        }
        assertTrue(right > 0, "no seed came out right");
        assertTrue(right < SEEDS, "no seed lost an update");
    }

    @Test
    void reportReadsAsGosDoes() {
        RunReport r = Go.run(RunConfig.stepped(1).withRaceDetector(), () -> {
            Shared<Integer> x = Shared.of("counter", 0);
            Channel<Integer> done = Channel.make(1);
            Go.go("adder", () -> {
                x.set(1);
                done.send(0);
            });
            Go.sleep(Duration.ofMillis(1));   // the adder has written by now: the read comes second
            x.get();
            done.receive();
        });
        assertEquals(1, r.races().size(), r.formatRaces());
        String report = r.formatRaces();
        List<String> lines = report.lines().toList();
        assertEquals("==================", lines.get(0));
        assertEquals("WARNING: DATA RACE", lines.get(1));
        assertEquals("Read at counter by main goroutine:", lines.get(2));
        assertTrue(lines.get(3).matches("  RaceDetectorConformanceTest\\.\\w+\\.func\\d+\\(\\)"), lines.get(3));
        assertTrue(lines.get(4).matches(" {6}RaceDetectorConformanceTest\\.java:\\d+"), lines.get(4));
        assertEquals("", lines.get(5));
        assertEquals("Previous write at counter by goroutine 2 (adder):", lines.get(6));
        assertTrue(report.contains("\nGoroutine 2 (adder, finished) created at:\n  RaceDetectorConformanceTest."),
                report);
        assertFalse(report.contains("Goroutine 1 "), "main has no creation point");
        assertTrue(report.endsWith("==================\nFound 1 data race(s)\n"), report);
    }

    @Test
    void eachPairOfPlacesIsReportedOnce() {
        RunReport r = Go.run(RunConfig.nativeScheduler().withRaceDetector(), () -> {
            Shared<Integer> x = Shared.of("x", 0);
            WaitGroup wg = new WaitGroup();
            for (int i = 0; i < 10; i++) {
                wg.go(() -> x.set(1));
            }
            wg.await();
        });
        assertEquals(1, r.races().size(), r.formatRaces());
    }

    @Test
    void offByDefault() {
        RunReport r = Go.run(RunConfig.stepped(1), () -> semaphore(2));
        assertTrue(r.races().isEmpty());
        assertEquals("", r.formatRaces());
    }

    // ---- running the programs ----

    private static List<RunConfig> configs() {
        List<RunConfig> configs = new ArrayList<>();
        for (int i = 0; i < NATIVE_RUNS; i++) {
            configs.add(RunConfig.nativeScheduler().withRaceDetector());
        }
        for (long seed = 1; seed <= SEEDS; seed++) {
            configs.add(RunConfig.stepped(seed).withRaceDetector());
        }
        return configs;
    }

    private static void assertRaceFree(Task program) {
        for (RunConfig c : configs()) {
            RunReport r = Go.run(c, program);
            assertTrue(r.ok(), r.outcomeLabel());
            assertEquals("", r.formatRaces(), "false positive under " + describe(c));
        }
    }

    /** Every schedule reports a race, and the same ones: the same kinds of access at the same lines. */
    private static void assertRacy(Task program) {
        Set<String> first = null;
        for (RunConfig c : configs()) {
            RunReport r = Go.run(c, program);
            assertTrue(r.ok(), r.outcomeLabel());
            assertFalse(r.races().isEmpty(), "race missed under " + describe(c));
            Set<String> found = new TreeSet<>();
            for (DataRace race : r.races()) {
                Set<String> pair = new TreeSet<>(List.of(signature(race.access()), signature(race.previous())));
                found.add(race.variable() + " " + pair);
            }
            if (first == null) {
                first = found;
            }
            assertEquals(first, found, "other races under " + describe(c));
        }
    }

    private static String signature(DataRace.Access a) {
        return (a.write() ? "write@" : "read@") + a.place().line();
    }

    private static String describe(RunConfig c) {
        return c.stepped() ? "seed " + c.seed() : "the native scheduler";
    }
}
