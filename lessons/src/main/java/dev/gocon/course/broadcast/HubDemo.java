package dev.gocon.course.broadcast;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import dev.gocon.go.WaitGroup;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real broadcast: a {@code hub} goroutine owns the subscribers, each with its own bounded channel.
 * alice reads everything, bob leaves after three headlines, and sam is slow: when his buffer of two
 * is full, the hub drops the headline for him alone. The same program as the lesson's Go code.
 */
public final class HubDemo implements Demo {

    record Subscriber(String name, Channel<String> ch) {
    }

    @Override
    public String name() {
        return "hub";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(8);
    }

    @Override
    public String summary() {
        return "An owner goroutine copies each headline to every subscriber; a slow one loses some.";
    }

    @Override
    public long rehearsedSeed() {
        return 3;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<Subscriber> join = Channel.make("join");
        Channel<Subscriber> leave = Channel.make("leave");
        Channel<String> publish = Channel.make("publish");
        WaitGroup wg = new WaitGroup("everyone");
        wg.go("hub", () -> hub(out, join, leave, publish));

        record Reader(String name, Duration pace, int quit) {
        }
        for (Reader r : List.of(
                new Reader("alice", Duration.ZERO, 0),
                new Reader("bob", Duration.ZERO, 3), // leaves after 3
                new Reader("sam", Duration.ofMillis(500), 0))) { // a slow reader
            Subscriber s = new Subscriber(r.name(), Channel.make(r.name(), 2)); // bounded
            join.send(s);
            wg.go(r.name(), () -> read(out, s, r.pace(), r.quit(), leave));
        }
        for (int i = 1; i <= 6; i++) {
            publish.send("h" + i);
            Go.sleep(Duration.ofMillis(20));
        }
        publish.close();
        wg.await();
    }

    /** The owner of the subscriber set: nobody else touches {@code subs}. */
    private static void hub(PrintStream out, Channel<Subscriber> join, Channel<Subscriber> leave,
            Channel<String> publish) {
        Map<String, Channel<String>> subs = new LinkedHashMap<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        boolean[] open = {true};
        while (open[0]) {
            Select.select(
                    Select.receive(join, s -> subs.put(s.name(), s.ch())),
                    Select.receive(leave, s -> {
                        subs.remove(s.name());
                        s.ch().close();
                    }),
                    Select.receive(publish, (msg, ok) -> {
                        if (!ok) { // the publisher is done: tell everyone
                            subs.values().forEach(Channel::close);
                            dropped.forEach((name, n) -> out.println("hub: dropped " + n
                                    + " for " + name));
                            open[0] = false;
                            return;
                        }
                        subs.forEach((name, ch) -> {
                            if (!ch.trySend(msg)) { // full: drop it for this one only
                                dropped.merge(name, 1, Integer::sum);
                            }
                        });
                    }));
        }
    }

    /** A subscriber reading at its own pace; it leaves after {@code quit} headlines (0: never). */
    private static void read(PrintStream out, Subscriber s, Duration pace, int quit,
            Channel<Subscriber> leave) {
        List<String> got = new ArrayList<>();
        for (String msg : s.ch()) {
            got.add(msg);
            if (!pace.isZero()) {
                Go.sleep(pace);
            }
            if (got.size() == quit) {
                leave.send(s);
                break;
            }
        }
        out.println(s.name() + ": " + String.join(" ", got));
    }
}
