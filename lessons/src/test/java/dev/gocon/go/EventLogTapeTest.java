package dev.gocon.go;

import dev.gocon.sched.NativeScheduler;
import dev.gocon.sched.NoOpHost;
import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@link Recorder} takes each event as the runtime records it, with no queue and no delivery in
 * between: what a live view reads is on the tape the moment it happened, and a whole run's events
 * come out in the order the runtime recorded them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventLogTapeTest {

    private static final TraceEvent.Who FIRST = new TraceEvent.Who(1, "first");
    private static final TraceEvent.Who SECOND = new TraceEvent.Who(2, "second");

    @Test
    void aRecorderHasEachEventAsSoonAsItIsRecorded() {
        Recorder recorder = new Recorder();
        EventLog log = new EventLog(recorder, new NativeScheduler(new NoOpHost(), false, 1));
        log.stopped(FIRST, 1);
        assertEquals(List.of(FIRST.id()), ids(recorder), "on the tape before any delivery");
        log.stopped(SECOND, 2);
        assertEquals(List.of(FIRST.id(), SECOND.id()), ids(recorder));
        log.deliver();
        log.drain(TimeUnit.SECONDS.toNanos(1));
        assertEquals(List.of(FIRST.id(), SECOND.id()), ids(recorder), "delivery adds nothing: no event twice");
    }

    @Test
    void aRunsEventsReachTheTapeInTheRuntimesOrder() {
        Recorder recorder = new Recorder();
        Go.run(RunConfig.nativeScheduler().withSink(recorder), () -> {
            Channel<Integer> ch = Channel.make("ch", 1);
            ch.send(7);
            ch.receive();
        }).throwIfFailed();
        List<String> kinds = recorder.events().stream().map(e -> e.getClass().getSimpleName()).toList();
        assertEquals(List.of("Start", "Send", "Receive", "Exit"), kinds);
        assertEquals(1, recorder.total(Recorder.Kind.SEND));
        assertEquals(1, recorder.total(Recorder.Kind.RECEIVE));
    }

    private static List<Long> ids(Recorder recorder) {
        return recorder.events().stream().map(e -> e.who().id()).toList();
    }
}
