package dev.gocon.go;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * A select locks its channels in one process-wide order. Channel ids number the channels of one run,
 * so a channel made outside any run and one made inside a run can share an id; ordered by id, two
 * selects listing them the other way round could each take one lock and spin for the other for ever.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SelectLockOrderTest {

    @Test
    void channelsOfTwoRunsWithEqualIdsAreLockedInOneOrder() {
        Channel<Integer> outside = Channel.make("outside");
        AtomicReference<Channel<Integer>> inside = new AtomicReference<>();
        Go.run(() -> {
            Channel<Integer> c = Channel.make("inside");
            while (c.id() < outside.id()) {
                c = Channel.make("inside");
            }
            inside.set(c);
        });
        assertEquals(outside.id(), inside.get().id(), "the two channels share an id");
        assertNotSame(outside, inside.get());

        Channel<?>[] one = Select.lockOrder(new Select.Case[] {
                Select.receive(outside, v -> { }), Select.receive(inside.get(), v -> { })});
        Channel<?>[] other = Select.lockOrder(new Select.Case[] {
                Select.receive(inside.get(), v -> { }), Select.receive(outside, v -> { })});
        assertArrayEquals(one, other, "the same order whichever way the cases are listed");
    }
}
