package dev.gocon.course.broadcast;

import dev.gocon.course.Lesson;

/** Lesson 14: fan-out is not broadcast; an owner goroutine per topic; close as a signal; a chat. */
public final class BroadcastLesson {

    private BroadcastLesson() {
    }

    public static Lesson create() {
        return Lesson.of(BroadcastLesson.class, "broadcast", "Broadcast: every subscriber gets every message",
                "Receivers on one channel share its values; broadcast needs a channel per subscriber,"
                        + " an owner goroutine, and a policy for slow ones.",
                new FanOutDemo(), new HubDemo(), new CloseSignalDemo(), new ChatDemo());
    }
}
