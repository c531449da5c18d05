package dev.gocon.trace;

import static dev.gocon.trace.TraceScript.g;
import static dev.gocon.trace.TraceScript.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gocon.trace.TraceState.GState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceStateTest {

    private static final TraceEvent.Who MAIN = g(1, "main");
    private static final TraceEvent.Who CHEF = g(2, "chef-1");
    private static final TraceEvent.Ref ORDERS = ref(7, "orders");

    private static TraceState fold(TraceScript script) {
        TraceState state = new TraceState();
        script.events().forEach(state::apply);
        return state;
    }

    @Test
    void theRuntimesTimerFillsChannelsButIsNoGoroutine() {
        TraceScript s = new TraceScript();
        s.send(MAIN, "c1", ORDERS, "soup", 1, 4);
        s.send(g(0, "timer"), "gocon-timer", ORDERS, "cake", 2, 4);
        TraceState state = fold(s);
        assertEquals(List.of("soup", "cake"), state.channel(7).buffer(), "the timer's send is in the buffer");
        assertNull(state.goroutine(0), "the timer has no lane");
        assertEquals(1, state.counts().values().stream().mapToInt(Integer::intValue).sum(), "only main is counted");
    }

    @Test
    void aBufferedChannelShowsItsValuesOldestFirst() {
        TraceScript s = new TraceScript();
        s.send(MAIN, "c1", ORDERS, "soup", 1, 4).send(MAIN, "c1", ORDERS, "cake", 2, 4);
        TraceState state = fold(s);
        assertEquals(List.of("soup", "cake"), state.channel(7).buffer());
        assertEquals(4, state.channel(7).cap());
        s.receive(CHEF, "c2", ORDERS, "soup", 1, 4);
        assertEquals(List.of("cake"), fold(s).channel(7).buffer());
    }

    @Test
    void aHandOffToAWaitingReceiverLeavesTheBufferEmpty() {
        TraceScript s = new TraceScript();
        s.block(CHEF, "c2", TraceEvent.BlockReason.RECEIVE, ORDERS, "buffer empty");
        TraceState blocked = fold(s);
        assertEquals(GState.BLOCKED_RECEIVE, blocked.goroutine(2).state());
        assertEquals(List.of(2L), List.copyOf(blocked.channel(7).receivers()));
        s.send(MAIN, "c1", ORDERS, "soup", 0, 4).wake(MAIN, "c1", CHEF);
        TraceState state = fold(s);
        assertEquals(List.of(), state.channel(7).buffer());
        assertEquals(List.of(), List.copyOf(state.channel(7).receivers()));
        assertEquals(GState.RUNNABLE, state.goroutine(2).state());
        assertEquals(GState.RUNNING, state.goroutine(1).state());
    }

    @Test
    void aReceiveFromAFullBufferWithAWaitingSenderKeepsFifoOrderEitherWay() {
        // The receiver takes "a" and the parked sender's "c" moves into the buffer.
        TraceScript receiveFirst = fullWithParkedSender();
        receiveFirst.receive(CHEF, "c2", ORDERS, "a", 2, 2).send(MAIN, "c1", ORDERS, "c", 2, 2);
        assertEquals(List.of("b", "c"), fold(receiveFirst).channel(7).buffer());
        TraceScript sendFirst = fullWithParkedSender();
        sendFirst.send(MAIN, "c1", ORDERS, "c", 2, 2).receive(CHEF, "c2", ORDERS, "a", 2, 2);
        assertEquals(List.of("b", "c"), fold(sendFirst).channel(7).buffer());
    }

    private static TraceScript fullWithParkedSender() {
        TraceScript s = new TraceScript();
        s.send(MAIN, "c1", ORDERS, "a", 1, 2).send(MAIN, "c1", ORDERS, "b", 2, 2)
                .block(MAIN, "c1", TraceEvent.BlockReason.SEND, ORDERS, "buffer full");
        return s;
    }

    @Test
    void countsFollowTheKitchen() {
        TraceState state = new TraceState();
        List<TraceEvent> kitchen = TraceScript.kitchen();
        kitchen.forEach(state::apply);
        assertEquals(3, state.count(GState.DONE));
        assertEquals(1, state.count(GState.PANICKED));
        assertEquals("burnt the cake", state.goroutine(4).panic());
        assertEquals(4, state.goroutines().size());
        assertEquals(true, state.channel(1).closed());
        assertNull(state.mutexes().iterator().next().holder());
        assertEquals(kitchen.size(), state.applied());
    }

    @Test
    void midKitchenEveryoneWaitsOnSomething() {
        TraceState state = new TraceState();
        TraceScript.kitchenMidway().forEach(state::apply);
        assertEquals(GState.BLOCKED_RECEIVE, state.goroutine(1).state());
        assertEquals("done", state.goroutine(1).waitingOn().label());
        assertEquals(GState.RUNNABLE, state.goroutine(2).state());
        assertEquals(GState.SLEEPING, state.goroutine(3).state());
        assertEquals(Duration.ofMillis(200), state.goroutine(3).sleep());
        assertEquals(GState.BLOCKED_LOCK, state.goroutine(4).state());
        assertEquals(List.of("\"stew\""), state.channel(1).buffer());
        assertEquals(Long.valueOf(3), state.mutexes().iterator().next().holder());
        assertEquals("carrier-2", state.goroutine(3).carrier());
    }

    @Test
    void timelineCutsSpansAndCarrierRuns() {
        Timeline timeline = Timeline.of(TraceScript.kitchen());
        assertEquals(List.of("carrier-1", "carrier-2"), timeline.carriers());
        assertEquals(4, timeline.goroutines().size());
        Timeline.Span blocked = timeline.spans().stream()
                .filter(sp -> sp.who().id() == 1 && sp.state() == GState.BLOCKED_RECEIVE).findFirst().orElseThrow();
        assertEquals("chan receive done", blocked.label());
        assertEquals(80_000, blocked.start());
        assertEquals(730_000, blocked.end());
        // main ran on carrier-1 before blocking, and on carrier-2 at the end.
        List<String> mainCarriers = timeline.carrierSpans().stream()
                .filter(r -> r.who().id() == 1).map(Timeline.CarrierSpan::carrier).toList();
        assertEquals(List.of("carrier-1", "carrier-2"), mainCarriers);
        assertEquals("1.5s", Durations.format(Duration.ofMillis(1500)));
        assertEquals("200ms", Durations.format(Duration.ofMillis(200)));
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    }
}
