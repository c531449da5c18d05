package dev.gocon.course.tcpserver;

import dev.gocon.course.Lesson;

/** Lesson 13: a concurrent TCP server with one goroutine per connection. */
public final class TcpServerLesson {

    private TcpServerLesson() {
    }

    public static Lesson create() {
        return Lesson.of(TcpServerLesson.class, "tcp-server", "A TCP server: one goroutine per connection",
                "An echo server on loopback: an accept loop, a goroutine per client, idle connections"
                        + " that cost little, and every socket closed at the end.",
                new EchoDemo());
    }
}
