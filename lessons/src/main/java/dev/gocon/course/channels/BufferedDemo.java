package dev.gocon.course.channels;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.go.Channel;
import java.io.PrintStream;

/** A buffered channel holds up to cap values: len and cap as the ticket rail fills and empties. */
public final class BufferedDemo implements Demo {

    @Override
    public String name() {
        return "buffered";
    }

    @Override
    public String summary() {
        return "A ticket rail of three: len and cap as a buffered channel fills and empties.";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintStream out = ctx.out();
        Channel<String> pass = Channel.make("pass"); // unbuffered
        out.println("pass: len " + pass.len() + " cap " + pass.cap());

        Channel<String> rail = Channel.make("rail", 3); // room for three tickets
        rail.send("soup");
        rail.send("steak");
        out.println("rail: len " + rail.len() + " cap " + rail.cap());
        rail.send("cake");
        out.println("rail: len " + rail.len() + " cap " + rail.cap() + " (full)");
        out.println("taken: " + rail.receive());
        out.println("rail: len " + rail.len() + " cap " + rail.cap());
    }
}
