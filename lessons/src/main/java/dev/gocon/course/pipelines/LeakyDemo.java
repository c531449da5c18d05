package dev.gocon.course.pipelines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import dev.gocon.go.ReceiveChannel;
import java.time.Duration;

/**
 * Main takes two squares and walks away: the generator and the squarer stay blocked on their sends,
 * and the run's end reports them as leaked.
 */
final class LeakyDemo implements Demo {

    @Override
    public String name() {
        return "leaky";
    }

    @Override
    public Duration watchTime() {
        return Duration.ofSeconds(4);
    }

    @Override
    public String summary() {
        return "Main stops after two values; the stages stay blocked forever, and the run reports the leak.";
    }

    @Override
    public long rehearsedSeed() {
        return 2;
    }

    @Override
    public void run(DemoContext ctx) {
        ReceiveChannel<Integer> squares = Stages.square("squarer", Stages.generate(100), Duration.ZERO);
        ctx.out().println(squares.receive());
        ctx.out().println(squares.receive());
        Go.sleep(Duration.ofMillis(10)); // a moment for the stages to get stuck
        ctx.out().println("goroutines still alive: " + (Go.numGoroutine() - 1));
    }
}
