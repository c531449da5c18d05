package dev.gocon.course.pipelines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.ReceiveChannel;
import java.time.Duration;

/** Three slow squarers share one numbers channel (fan-out); merge joins their outputs (fan-in). */
final class FanOutDemo implements Demo {

    @Override
    public String name() {
        return "fan-out";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(6);
    }

    @Override
    public String summary() {
        return "Three squarers share the numbers (fan-out); three mergers join their outputs (fan-in).";
    }

    @Override
    public long rehearsedSeed() {
        return 14; // the squares arrive out of order: got 4 before got 1
    }

    @Override
    public void run(DemoContext ctx) {
        ReceiveChannel<Integer> numbers = Stages.generate(6);
        Duration slow = Duration.ofMillis(100);
        ReceiveChannel<Integer> squares = Stages.merge(
                Stages.square("squarer-1", numbers, slow),
                Stages.square("squarer-2", numbers, slow),
                Stages.square("squarer-3", numbers, slow));
        int sum = 0;
        for (int v : squares) {
            ctx.out().println("got " + v);
            sum += v;
        }
        ctx.out().println("sum " + sum);
    }
}
