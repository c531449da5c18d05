package dev.gocon.course.channels;

import dev.gocon.course.Lesson;

/** Lesson 5: unbuffered and buffered channels, close and range, directions, and a deadlock. */
public final class ChannelsLesson {

    private ChannelsLesson() {
    }

    public static Lesson create() {
        return Lesson.of(ChannelsLesson.class, "channels", "Channels: handing values between goroutines",
                "Unbuffered channels are a rendezvous, buffered ones a queue; close, range, directions and a deadlock.",
                new RendezvousDemo(),
                new BufferedDemo(),
                new CloseAndRangeDemo(),
                new IncrementersDemo(),
                new FanOutDemo(),
                new DeadlockDemo());
    }
}
