package dev.gocon.course.goroutines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;

/** Main starts two greeters and returns at once: the run ends, whether they ran or not. */
public final class MainReturnsDemo implements Demo {

    @Override
    public String name() {
        return "main-returns";
    }

    @Override
    public String summary() {
        return "Main starts two goroutines and returns: they may never run.";
    }

    /** Under seed 2, main returns before either greeter runs: the classic surprise. */
    @Override
    public long rehearsedSeed() {
        return 2;
    }

    @Override
    public void run(DemoContext ctx) {
        Go.go("greeter-alice", () -> ctx.out().println("hello, Alice"));
        Go.go("greeter-bob", () -> ctx.out().println("hello, Bob"));
        ctx.out().println("main is done");
    }
}
