package dev.gocon.course.broadcast.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code Hub}: three subscribers (anna, ben, cleo) each read from their own channel until it is
 * closed; three headlines are published; each subscriber must get all three, in order.
 */
public final class HubCheck implements Check {

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        Method broadcast = learner.getMethod("broadcast", Channel.class, List.class);
        Channel<String> publish = Channel.make("publish");
        List<Channel<String>> subscribers = new ArrayList<>();
        List<List<String>> got = new ArrayList<>();
        WaitGroup readers = new WaitGroup("subscribers");
        for (String name : List.of("anna", "ben", "cleo")) {
            Channel<String> ch = Channel.make(name);
            List<String> mine = new ArrayList<>();
            subscribers.add(ch);
            got.add(mine);
            readers.go(name, () -> {
                for (String headline : ch) {
                    mine.add(headline);
                }
            });
        }
        Go.go("hub", () -> {
            try {
                broadcast.invoke(null, publish, List.copyOf(subscribers));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
        List<String> headlines = List.of("headline-1", "headline-2", "headline-3");
        for (String h : headlines) {
            publish.send(h);
        }
        publish.close();
        readers.await();
        List<String> names = List.of("anna", "ben", "cleo");
        for (int i = 0; i < names.size(); i++) {
            if (!headlines.equals(got.get(i))) {
                throw new AssertionError(names.get(i) + " got " + got.get(i) + ", expected " + headlines);
            }
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
