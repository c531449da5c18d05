package dev.gocon.go;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The runtime asks the JDK for a per-thread cache of 2 scoped values (the default, 16, costs every
 * goroutine 112 more bytes), unless the program chose a size itself: surefire starts this JVM without
 * one.
 */
class ScopedValueCacheTest {

    @Test
    void theRuntimeAsksForTwoEntriesWhenTheProgramSetNone() {
        Go.run(RunConfig.nativeScheduler(), () -> Goroutine.current());
        assertEquals("2", System.getProperty("java.lang.ScopedValue.cacheSize"));
    }
}
