package dev.gocon.course.pipelines;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.ReceiveChannel;
import java.time.Duration;

/** generate -> square -> main: values flow down, and so does the close. */
final class StagesDemo implements Demo {

    @Override
    public String name() {
        return "stages";
    }

    @Override
    public String summary() {
        return "A generator and a squarer joined by channels; the close flows down to main's range.";
    }

    @Override
    public void run(DemoContext ctx) {
        ReceiveChannel<Integer> squares = Stages.square("squarer", Stages.generate(5), Duration.ZERO);
        for (int v : squares) {
            ctx.out().println(v);
        }
        ctx.out().println("the close reached the end of the line");
    }
}
