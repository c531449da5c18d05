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
}
