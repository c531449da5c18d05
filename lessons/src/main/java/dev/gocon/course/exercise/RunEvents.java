package dev.gocon.course.exercise;

import dev.gocon.trace.TraceEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events of one check attempt, read the way a check needs them: so that a check can assert the
 * concurrency an exercise asks for (how many goroutines ran, which channel carried the values), not
 * only the result. A result alone can be faked: {@code return List.of("soup", "steak", "cake");}
 * passes a check that looks only at the list, but sends no value on any channel.
 *
 * <p>Values appear as the trace shows them: a string quoted ({@code "soup"} with its quotes), a
 * number as its digits.
 *
 * @param events every event of the attempt so far, in order
 */
public record RunEvents(List<TraceEvent> events) {

    public RunEvents {
        events = List.copyOf(events);
    }

    /** How many goroutines were started (main not counted). */
    public long goroutinesStarted() {
        return events.stream().filter(e -> e instanceof TraceEvent.Spawn).count();
    }

    /**
     * The labels of the channels on which a goroutine other than main sent {@code value} and a
     * different goroutine received it: the value really went from one goroutine to another.
     */
    public Set<String> channelsCarrying(String value) {
        Set<String> labels = new TreeSet<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Receive r && r.ok() && r.value().equals(value)) {
                events.stream().filter(s -> s instanceof TraceEvent.Send send
                                && send.message() == r.message() && send.channel().id() == r.channel().id()
                                && send.who().id() != r.who().id())
                        .findFirst().ifPresent(s -> labels.add(r.channel().label()));
            }
        }
        return labels;
    }

    /** How many distinct goroutines locked a mutex. */
    public long goroutinesThatLocked() {
        return events.stream().filter(e -> e instanceof TraceEvent.Lock)
                .map(e -> ((TraceEvent.Lock) e).who().id()).distinct().count();
    }

    /** Whether the event log is empty: the attempt was not recorded (a plain Java check). */
    public boolean recorded() {
        return !events.isEmpty();
    }
}
