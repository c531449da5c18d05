package dev.gocon.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A goroutine's end is in the trace once. When main returns while another goroutine is finishing on
 * its own (natively, at the same moment), both the goroutine and the ending run want to record that
 * goroutine's end; the trace once showed two {@code Exit} events for it.
 */
class OneEndPerGoroutineTest {

    @Test
    @Timeout(120)
    void aGoroutineFinishingAsTheRunEndsHasOneExit() {
        for (int round = 0; round < 300; round++) {
            Recorder recorder = new Recorder();
            Go.run(RunConfig.nativeScheduler().withSink(recorder), () -> {
                Channel<Integer> ping = Channel.make("ping");
                Channel<Integer> pong = Channel.make("pong");
                Go.go("echo", () -> {
                    for (var v : ping) {
                        pong.send(v);
                    }
                });
                for (int i = 0; i < 20; i++) {
                    ping.send(i);
                    pong.receive();
                }
                ping.close(); // echo ends now, while main returns
            }).throwIfFailed();
            Map<Long, Integer> exits = new HashMap<>();
            for (TraceEvent e : recorder.events()) {
                if (e instanceof TraceEvent.Exit) {
                    exits.merge(e.who().id(), 1, Integer::sum);
                }
            }
            int r = round;
            exits.forEach((id, n) -> assertEquals(1, n, "round " + r + ": Exit events of goroutine " + id));
        }
    }
}
