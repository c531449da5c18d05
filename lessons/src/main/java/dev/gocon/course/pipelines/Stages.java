package dev.gocon.course.pipelines;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.ReceiveChannel;
import dev.gocon.go.Select;
import dev.gocon.go.WaitGroup;
import java.time.Duration;

/** The pipeline stages the demos share: each starts a goroutine and returns the channel it sends on. */
final class Stages {

    private Stages() {
    }

    /** Sends 1..n on a new channel named {@code numbers}, then closes it. */
    static ReceiveChannel<Integer> generate(int n) {
        Channel<Integer> out = Channel.make("numbers");
        Go.go("generator", () -> {
            for (int i = 1; i <= n; i++) {
                out.send(i);
            }
            out.close();
        });
        return out.receiveOnly();
    }

    /** Sends the square of every value of {@code in}, taking {@code work} for each; closes when in is. */
    static ReceiveChannel<Integer> square(String name, ReceiveChannel<Integer> in, Duration work) {
        Channel<Integer> out = Channel.make(name.replace("squarer", "squares"));
        Go.go(name, () -> {
            for (int v : in) {
                Go.sleep(work);
                out.send(v * v);
            }
            out.close(); // in is closed: pass the news on
        });
        return out.receiveOnly();
    }

    /** Forwards every value of every input to one channel, closed once all inputs are drained. */
    @SafeVarargs
    static ReceiveChannel<Integer> merge(ReceiveChannel<Integer>... ins) {
        Channel<Integer> out = Channel.make("merged");
        WaitGroup wg = new WaitGroup("mergers");
        for (int i = 0; i < ins.length; i++) {
            ReceiveChannel<Integer> in = ins[i];
            wg.go("merger-" + (i + 1), () -> {
                for (int v : in) {
                    out.send(v);
                }
            });
        }
        Go.go("closer", () -> {
            wg.await();
            out.close(); // only after every input is drained
        });
        return out.receiveOnly();
    }

    /** Like {@link #generate}, but returns early when {@code done} is closed. */
    static ReceiveChannel<Integer> generate(Channel<Void> done, WaitGroup stages, int n) {
        Channel<Integer> out = Channel.make("numbers");
        stages.go("generator", () -> {
            try {
                for (int i = 1; i <= n; i++) {
                    int chosen = Select.select(
                            Select.send(out, i, null),
                            Select.receive(done, v -> { }));
                    if (chosen == 1) {
                        return; // nobody wants more
                    }
                }
            } finally {
                out.close();
            }
        });
        return out.receiveOnly();
    }

    /** Like {@link #square}, but returns early when {@code done} is closed. */
    static ReceiveChannel<Integer> square(Channel<Void> done, WaitGroup stages, ReceiveChannel<Integer> in) {
        Channel<Integer> out = Channel.make("squares");
        stages.go("squarer", () -> {
            try {
                for (int v : in) {
                    int chosen = Select.select(
                            Select.send(out, v * v, null),
                            Select.receive(done, x -> { }));
                    if (chosen == 1) {
                        return;
                    }
                }
            } finally {
                out.close();
            }
        });
        return out.receiveOnly();
    }
}
