package dev.gocon.go;

import dev.gocon.trace.Recorder;
import dev.gocon.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/** The events a run reports to its sink. */
@Timeout(30)
class EventsTest {

    private static List<TraceEvent> record(RunConfig config, Task main) {
        List<TraceEvent> events = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(config.withSink(events::add), main);
        assertTrue(r.ok(), r.outcomeLabel());
        return events;
    }

    static final Task PROGRAM = () -> {
        Channel<String> orders = Channel.make("orders");
        Channel<Integer> buf = Channel.make("buf", 2);
        Mutex mu = new Mutex("mu");
        Go.go("chef", () -> {
            orders.send("soup");
            orders.close();
        });
        Go.sleep(Duration.ofMillis(5));
        assertEquals("soup", orders.receive());
        assertNull(orders.receive());
        buf.send(1);
        mu.lock();
        mu.unlock();
        Select.select(Select.receive(buf, v -> { }));
    };

    /** Go prints "" for a receive from a closed string channel; the trace says so, not null. */
    @Test
    void aReceiveFromAClosedChannelShowsGosZeroValue() {
        for (RunConfig config : List.of(RunConfig.nativeScheduler(), RunConfig.stepped(1))) {
            List<TraceEvent> ev = record(config, () -> {
                Channel<String> plates = Channel.make("plates", 1);
                Channel<Integer> counts = Channel.make("counts", 1);
                Channel<Object> never = Channel.make("never", 1);
                plates.send("soup");
                counts.send(3);
                for (Channel<?> ch : List.of(plates, counts, never)) {
                    ch.close();
                    ch.receiveOk();
                    ch.receiveOk();
                }
            });
            List<String> closedValues = ev.stream()
                    .filter(e -> e instanceof TraceEvent.Receive r && !r.ok())
                    .map(e -> ((TraceEvent.Receive) e).channel().label() + "=" + ((TraceEvent.Receive) e).value())
                    .toList();
            assertEquals(List.of("plates=\"\"", "counts=0", "never=<nil>", "never=<nil>"), closedValues);
        }
    }

    /**
     * A value passed straight to a waiting goroutine, and its wake, are one step: the Send, the
     * Receive and the Wake of whichever side waited, by the other side (or the timer), next to each
     * other at one instant, with a Recorder and with any other sink, under both schedulers.
     */
    @Test
    void aHandOffWakesTheGoroutineThatWaitedInTheSameStep() {
        Task program = () -> {
            Channel<Integer> ch = Channel.make("ch");
            Go.go("sender", () -> ch.send(1));
            assertEquals(1, ch.receive());
            Go.after(Duration.ofMillis(1)).receive();
        };
        for (RunConfig config : List.of(RunConfig.nativeScheduler(), RunConfig.stepped(1))) {
            Recorder recorder = new Recorder();
            assertTrue(Go.run(config.withSink(recorder), program).ok());
            for (List<TraceEvent> ev : List.of(recorder.events(), record(config, program))) {
                int handOffs = 0;
                for (int i = 0; i + 1 < ev.size(); i++) {
                    if (ev.get(i) instanceof TraceEvent.Send s && s.len() == 0
                            && ev.get(i + 1) instanceof TraceEvent.Receive r && r.message() == s.message()) {
                        handOffs++;
                        Set<TraceEvent.Who> blocked = blockedBefore(ev, i);
                        TraceEvent.Who waited = blocked.contains(s.who()) ? s.who() : r.who();
                        TraceEvent.Who other = waited.equals(s.who()) ? r.who() : s.who();
                        assertTrue(blocked.contains(waited), "one side of " + s + " waited");
                        assertEquals(new TraceEvent.Wake(s.nanos(), other, s.carrier(), waited), ev.get(i + 2),
                                "the hand-off at " + i + " wakes the side that waited, at once: " + ev);
                        assertEquals(s.nanos(), r.nanos());
                    }
                }
                // the channel's; the timer's too, unless (natively) it fired before main waited
                long wakes = ev.stream().filter(e -> e instanceof TraceEvent.Wake w && !w.who().equals(w.woken())).count();
                assertEquals(wakes, handOffs, "every wake by another is a hand-off's: " + ev);
                assertTrue(handOffs == 2 || handOffs == 1 && !config.stepped(), ev.toString());
            }
        }
    }

    /** The goroutines blocked (their last Block not yet followed by a Wake) just before event {@code end}. */
    private static Set<TraceEvent.Who> blockedBefore(List<TraceEvent> ev, int end) {
        Set<TraceEvent.Who> blocked = new HashSet<>();
        for (TraceEvent e : ev.subList(0, end)) {
            if (e instanceof TraceEvent.Block b) {
                blocked.add(b.who());
            } else if (e instanceof TraceEvent.Wake w) {
                blocked.remove(w.woken());
            }
        }
        return blocked;
    }

    @Test
    void everyKindIsReportedWithPairedMessageIds() {
        for (RunConfig config : List.of(RunConfig.nativeScheduler(), RunConfig.stepped(1))) {
            List<TraceEvent> ev = record(config, PROGRAM);
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Spawn s && s.child().name().equals("chef")));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Start));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Block b && b.reason() == TraceEvent.BlockReason.SEND
                    && b.detail().equals("no receiver") && b.object().label().equals("orders")));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Wake));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Close));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Lock));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Unlock));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Sleep));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.SelectChoice c && c.description().equals("<-buf")));
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Exit));
            var send = ev.stream().filter(e -> e instanceof TraceEvent.Send s && s.value().equals("\"soup\""))
                    .map(e -> (TraceEvent.Send) e).findFirst().orElseThrow();
            var recv = ev.stream().filter(e -> e instanceof TraceEvent.Receive r && r.ok() && r.value().equals("\"soup\""))
                    .map(e -> (TraceEvent.Receive) e).findFirst().orElseThrow();
            assertEquals(send.message(), recv.message());
            assertTrue(send.message() > 0);
            assertEquals("chef", send.who().name());
            assertEquals("main", recv.who().name());
            var bufSend = ev.stream().filter(e -> e instanceof TraceEvent.Send s && s.channel().label().equals("buf"))
                    .map(e -> (TraceEvent.Send) e).findFirst().orElseThrow();
            assertEquals(1, bufSend.len());
            assertEquals(2, bufSend.cap());
            assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Receive r && !r.ok() && r.message() == 0));
        }
    }

    @Test
    void nativeCarrierIsTheCarrierThreadAndUnnamedChannelsGetLabels() {
        List<TraceEvent> ev = record(RunConfig.nativeScheduler(), () -> {
            Channel<Integer> c = Channel.make(1);
            c.send(1);
            assertTrue(c.label().startsWith("chan-"));
        });
        var send = ev.stream().filter(e -> e instanceof TraceEvent.Send).findFirst().orElseThrow();
        assertTrue(send.carrier().matches("carrier-\\d+"), "the JDK's ForkJoinPool-1-worker-N, as the trace names it: " + send.carrier());
        assertTrue(((TraceEvent.Send) send).channel().label().matches("chan-\\d+"));
    }

    @Test
    void panicIsReported() {
        List<TraceEvent> ev = new CopyOnWriteArrayList<>();
        RunReport r = Go.run(RunConfig.stepped(1).withSink(ev::add), () -> Channel.nil().close());
        assertEquals(RunReport.Outcome.PANIC, r.outcome());
        assertTrue(ev.stream().anyMatch(e -> e instanceof TraceEvent.Panicked p && p.message().equals("close of nil channel")));
    }
}
