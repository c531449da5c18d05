package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** Deadlock detection in each of its forms, and the run's lifecycle, under every scheduler. */
@Timeout(60)
abstract class DeadlockContract {

    abstract Harness h();

    private void assertDeadlock(String state, Task main) {
        for (RunReport r : h().reports(main)) {
            assertEquals(RunReport.Outcome.DEADLOCK, r.outcome(), r.outcomeLabel());
            String m = r.failure().getMessage();
            assertTrue(m.startsWith(Deadlock.FATAL + "\n\n"), m);
            assertTrue(m.contains("goroutine 1 [" + state + "]:"), m);
            assertInstanceOf(Deadlock.class, r.failure());
        }
    }

    @Test
    void mainReceivesFromNobody() {
        assertDeadlock("chan receive", () -> Channel.make("orders").receive());
    }

    @Test
    void mainSendsToNobody() {
        assertDeadlock("chan send", () -> Channel.make("orders").send(1));
    }

    @Test
    void allGoroutinesBlocked() {
        for (RunReport r : h().reports(() -> {
            Channel<Integer> a = Channel.make("a");
            Channel<Integer> b = Channel.make("b");
            Go.go("left", () -> a.send(b.receive()));
            Go.go("right", () -> b.send(a.receive()));
            a.receive();
        })) {
            String m = r.failure().getMessage();
            assertTrue(m.contains("goroutine 2 [chan receive]:\n\tleft: waiting on b"), m);
            assertTrue(m.contains("goroutine 3 ["), m);
        }
    }

    @Test
    void selfLockedMutex() {
        assertDeadlock("semacquire", () -> {
            Mutex mu = new Mutex("mu");
            mu.lock();
            mu.lock();
        });
    }

    @Test
    void waitGroupNeverDone() {
        assertDeadlock("semacquire", () -> {
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            wg.await();
        });
    }

    @Test
    void emptySelectAndNilChannel() {
        assertDeadlock("select", () -> Select.select());
        assertDeadlock("chan receive (nil chan)", () -> Channel.nil().receive());
    }

    /** More goroutines than a spawner counts ahead at a time (64): the counts it took are given back when it blocks. */
    @Test
    void deadlockOnceManySpawnedGoroutinesAndTheirSpawnerBlock() {
        assertDeadlock("semacquire", () -> {
            Channel<Integer> never = Channel.make("never");
            for (int i = 0; i < 200; i++) {
                Go.go("waiter", never::receive);
            }
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            wg.await();
        });
    }

    /** A spawner that exits without ever blocking gives back the counts it took ahead. */
    @Test
    void deadlockAfterASpawnerExitsWithoutBlocking() {
        for (RunReport r : h().reports(() -> {
            Channel<Integer> never = Channel.make("never");
            Channel<Integer> started = Channel.make(1);
            Go.go("spawner", () -> {
                for (int i = 0; i < 70; i++) {
                    Go.go("waiter", never::receive);
                }
                started.send(1);
            });
            started.receive();
            never.receive();
        })) {
            assertEquals(RunReport.Outcome.DEADLOCK, r.outcome(), r.outcomeLabel());
            String m = r.failure().getMessage();
            assertTrue(m.contains("goroutine 1 [chan receive]:"), m);
            assertTrue(m.contains("goroutine 72 [chan receive]:"), m);
        }
    }

    @Test
    void noFalseAlarmWhileTimerPending() {
        h().run(() -> {
            Channel<String> c = Channel.make();
            Go.go("late", () -> {
                Go.sleep(Duration.ofMillis(30));
                c.send("late");
            });
            assertEquals("late", c.receive());
            Channel<java.time.Instant> t = Go.after(Duration.ofMillis(20));
            assertNotNull(t.receive());
        });
    }

    @Test
    void deadlockAfterTimerFires() {
        assertDeadlock("chan receive", () -> {
            Go.after(Duration.ofMillis(5)).receive();
            Channel.make().receive();
        });
    }

    @Test
    void leakedGoroutinesAreReportedAndStopped() {
        for (RunReport r : h().reports(() -> {
            Channel<Integer> c = Channel.make("orders");
            Go.go("stuck", () -> c.send(1));
            Go.go("sleeper", () -> Go.sleep(Duration.ofHours(1)));
            // stepped: virtual time only advances once both are blocked, so this orders exactly;
            // native: they are usually blocked by then, and the checks below allow either
            Go.sleep(Duration.ofMillis(1));
        })) {
            assertTrue(r.ok(), r.outcomeLabel());
            for (RunReport.LeakedGoroutine g : r.leaked()) {
                assertTrue(g.name().equals("stuck") && g.state().equals("chan send") && g.object().equals("orders")
                        || g.name().equals("sleeper") && g.state().equals("sleep"), g.toString());
            }
            if (h().stepped()) {
                assertEquals(2, r.leaked().size());
                assertTrue(r.formatLeaks().startsWith("2 goroutines still blocked when main returned"), r.formatLeaks());
                assertTrue(r.formatLeaks().contains("goroutine 2 [chan send]: g2 stuck on orders"), r.formatLeaks());
            }
        }
    }

    @Test
    void runsLeaveNoGoroutineBehind() {
        int runs = h().load(1000, 50);
        java.util.List<Goroutine> all = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            RunReport r = Go.run(h().stepped() ? RunConfig.stepped(i) : RunConfig.nativeScheduler(), () -> {
                Channel<Integer> c = Channel.make();
                synchronized (all) {
                    all.add(Go.go("blocked", () -> c.receive()));
                    all.add(Go.go("spinning", () -> { while (true) Go.gosched(); }));
                }
                c.trySend(1);
            });
            assertTrue(r.ok(), r.outcomeLabel());
        }
        for (Goroutine g : all) {
            assertFalse(g.strand.thread() != null && g.strand.thread().isAlive(), g + " outlived its run");
        }
    }

    @Test
    void catchExceptionCannotSwallowStop() {
        RunReport r = h().reports(() -> {
            Channel<Integer> c = Channel.make();
            Go.go("stubborn", () -> {
                while (true) {
                    try {
                        c.receive();
                    } catch (Exception e) {
                        // a program that swallows everything still stops
                    }
                }
            });
            Go.gosched();
        }).get(0);
        assertTrue(r.ok());
    }

    @Test
    void goroutineIdsInCreationOrderAndNumGoroutine() {
        h().run(() -> {
            assertEquals(1, Go.current().id());
            assertEquals("main", Go.current().name());
            Channel<Integer> hold = Channel.make();
            Goroutine a = Go.go("a", hold::receive);
            Goroutine b = Go.go(hold::receive);
            assertEquals(2, a.id());
            assertEquals(3, b.id());
            assertEquals("", b.name());
            assertEquals("g2 a", a.toString());
            assertEquals(3, Go.numGoroutine());
            hold.close();
        });
    }

    /** Regression: main's end raced with a goroutine clearing its block record, and the run never ended. */
    @Test
    void runsEndWhileOtherGoroutinesAreWaking() {
        for (int run = 0; run < h().load(300, 20); run++) {
            h().run(() -> {
                Channel<Integer> ping = Channel.make();
                Channel<Integer> pong = Channel.make();
                Go.go("echo", () -> {
                    for (var v : ping) {
                        pong.send(v);
                    }
                });
                for (int i = 0; i < 200; i++) {
                    ping.send(i);
                    pong.receive();
                }
                ping.close();
            });
        }
    }
}
