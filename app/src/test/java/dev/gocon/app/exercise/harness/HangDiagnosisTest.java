package dev.gocon.app.exercise.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The explanations of a hang, from thread dumps as JDK 25 writes them. */
class HangDiagnosisTest {

    /* Two goroutines (virtual threads) each holding the monitor the other waits to enter. */
    private static final String LOCK_CYCLE = """
            {"threadDump": {"threadContainers": [{"container": "<root>", "threads": [
              {"tid": "3", "name": "main", "state": "WAITING", "stack": [
                "java.base\\/java.lang.Object.wait0(Native Method)",
                "Cycle.main(Cycle.java:9)"]},
              {"tid": "27", "virtual": true, "name": "oven", "state": "BLOCKED",
               "blockedOn": "java.lang.Object@2a798d51",
               "stack": ["Cycle.lambda$main$0(Cycle.java:5)", "java.base\\/java.lang.VirtualThread.run(VirtualThread.java:460)"],
               "monitorsOwned": [{"depth": 0, "locks": ["java.lang.Object@6d763516"]}]},
              {"tid": "28", "virtual": true, "name": "grill", "state": "BLOCKED",
               "blockedOn": "java.lang.Object@6d763516",
               "stack": ["Cycle.lambda$main$1(Cycle.java:6)", "java.base\\/java.lang.VirtualThread.run(VirtualThread.java:460)"],
               "monitorsOwned": [{"depth": 0, "locks": ["java.lang.Object@2a798d51"]}]}
            ]}]}}
            """;

    @Test
    void aMonitorCycleBetweenGoroutinesIsToldAsWhoWaitsForWhom() throws Exception {
        ThreadDump dump = ThreadDump.parse(LOCK_CYCLE);
        assertEquals("deadlock: every goroutine of your code is waiting and none can wake the others: oven waits "
                + "for the lock grill holds (at Cycle.java:5); grill waits for the lock oven holds (at Cycle.java:6).",
                new HangDiagnosis("Cycle").explain(dump, dump, 10));
    }

    /* Two goroutines yielding to each other, held at the runtime's gate for the dump; main waits for them. */
    private static final String HELD_LIVELOCK = """
            {"threadDump": {"threadContainers": [{"container": "<root>", "threads": [
              {"tid": "20", "virtual": true, "name": "", "state": "WAITING", "stack": [
                "java.base\\/java.util.concurrent.locks.LockSupport.park(LockSupport.java:223)",
                "dev.gocon.sched.Hold.waitForRelease(Hold.java:120)",
                "dev.gocon.sched.Hold.gate(Hold.java:110)",
                "dev.gocon.sched.NativeScheduler.register(NativeScheduler.java:160)",
                "dev.gocon.sched.NativeScheduler.preempt(NativeScheduler.java:168)",
                "dev.gocon.go.Go.gosched(Go.java:164)",
                "Polite.lambda$main$0(Polite.java:7)"]},
              {"tid": "22", "virtual": true, "name": "", "state": "WAITING", "stack": [
                "java.base\\/java.util.concurrent.locks.LockSupport.park(LockSupport.java:223)",
                "dev.gocon.sched.NativeScheduler.park(NativeScheduler.java:190)",
                "dev.gocon.go.WaitGroup.await(WaitGroup.java:120)",
                "Polite.main(Polite.java:9)"]}
            ]}]}}
            """;

    @Test
    void aGoroutineHeldAtTheRuntimesGateForTheDumpCountsAsRunning() throws Exception {
        ThreadDump dump = ThreadDump.parse(HELD_LIVELOCK);
        assertEquals("still running: a goroutine (#20) ran for the whole 3 s at Polite.java:7: an endless loop, "
                + "or a livelock?", new HangDiagnosis("Polite").explain(dump, dump, 3));
    }
}
