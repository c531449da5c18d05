package dev.gocon.go;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/*
 * Linearizability of Channel's non-blocking operations, checked by Lincheck 3.7 (which runs on JDK 25:
 * its agent attaches dynamically, hence -XX:+EnableDynamicAgentLoading in surefire's argLine).
 *
 * Only trySend, tryReceive and len are checked. Lincheck's sequential specification cannot express an
 * operation that blocks until another thread acts (it supports suspension only for Kotlin coroutines),
 * and its model checker cannot follow a virtual thread that parks in LockSupport waiting for a partner:
 * such an interleaving looks like a hang to it. The blocking operations are instead covered by the
 * contract suites under the stepped scheduler, which enumerates interleavings of goroutines at every
 * runtime operation (Explorer), and by the load tests under the native scheduler.
 *
 * The checked operations run on Lincheck's own threads, which the runtime adopts into its default run.
 * The object under test is a buffered channel of capacity 2, whose sequential behaviour is a bounded
 * FIFO queue: exactly what Lincheck compares against.
 */
@Timeout(120)
public class ChannelLincheckTest {

    private final Channel<Integer> c = Channel.make(2);

    @Operation
    public boolean trySend(int v) {
        return c.trySend(v);
    }

    @Operation
    public Integer tryReceive() {
        Received<Integer> r = c.tryReceive();
        return r == null ? -1 : r.value();
    }

    @Operation
    public int len() {
        return c.len();
    }

    @Test
    void stress() {
        new StressOptions().iterations(8).invocationsPerIteration(100).threads(2).actorsPerThread(3).check(this.getClass());
    }

    @Test
    void modelChecking() {
        new ModelCheckingOptions().iterations(8).invocationsPerIteration(200).threads(2).actorsPerThread(3).check(this.getClass());
    }
}
