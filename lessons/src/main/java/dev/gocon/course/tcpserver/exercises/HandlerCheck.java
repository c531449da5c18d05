package dev.gocon.course.tcpserver.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code Handler}: two connections at once, each handled by its own goroutine ({@code conn-1},
 * {@code conn-2}); each client sends two lines and hangs up, and must read the greeting, both echoes,
 * and then the end of the connection.
 */
public final class HandlerCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Method handle = learner.getMethod("handle", Channel.class, Channel.class);
        WaitGroup clients = new WaitGroup("clients");
        List<List<String>> heard = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            Channel<String> in = Channel.make("conn-" + c + "-in");
            Channel<String> out = Channel.make("conn-" + c + "-out");
            Go.go("conn-" + c, () -> {
                try {
                    handle.invoke(null, in, out);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
            String name = "client-" + c;
            List<String> lines = new ArrayList<>();
            heard.add(lines);
            clients.go(name, () -> {
                lines.add(out.receive()); // the greeting
                for (String say : List.of("hello from " + name, "bye")) {
                    in.send(say);
                    lines.add(out.receive());
                }
                in.close(); // hang up
                for (String more : out) {
                    lines.add(more);
                }
            });
        }
        clients.await();
        for (int c = 1; c <= 2; c++) {
            List<String> expected = List.of("welcome to the echo kitchen", "echo: hello from client-" + c, "echo: bye");
            if (!expected.equals(heard.get(c - 1))) {
                throw new AssertionError("client-" + c + " read " + heard.get(c - 1) + ", expected " + expected);
            }
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
