package dev.gocon.course.pipelines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import dev.gocon.go.ReceiveChannel;
import dev.gocon.go.WaitGroup;

/** The leaky pipeline fixed: every stage also selects on done, and main closes done when it stops. */
final class DoneChannelDemo implements Demo {

    @Override
    public String name() {
        return "done-channel";
    }

    @Override
    public String summary() {
        return "Every stage selects on done; closing done stops them all, and nothing is left blocked.";
    }

    @Override
    public long rehearsedSeed() {
        return 2;
    }

    @Override
    public void run(DemoContext ctx) {
        Channel<Void> done = Channel.make("done");
        WaitGroup stages = new WaitGroup("stages");
        ReceiveChannel<Integer> squares = Stages.square(done, stages, Stages.generate(done, stages, 100));
        ctx.out().println(squares.receive());
        ctx.out().println(squares.receive());
        done.close();  // stop, everyone
        stages.await(); // every stage has returned
        ctx.out().println("every stage has returned");
    }
}
