package dev.gocon.course.tcpserver.exercises;

import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.exercise.Predict;
import dev.gocon.course.exercise.Program;
import dev.gocon.course.exercise.WriteCode;
import dev.gocon.go.Go;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The exercises of the {@code tcp-server} lesson. Sockets cannot run under the stepped scheduler, so
 * the programs here stand in for them: an address parsed without listening, sleeps for clients that
 * take their time, and channels for connections.
 */
public final class TcpServerExercises {

    private TcpServerExercises() {
    }

    private static Program listenAddress() {
        return new Program("""
                for _, addr := range []string{":8082", "127.0.0.1:8082"} {
                    host, _, _ := net.SplitHostPort(addr)
                    ip := net.ParseIP(host) // nil for "": listen on every interface
                    fmt.Println(addr, "loopback only:", ip != nil && ip.IsLoopback())
                }
                """, context -> {
            for (String addr : List.of(":8082", "127.0.0.1:8082")) {
                String host = addr.substring(0, addr.lastIndexOf(':'));
                boolean loopback = !host.isEmpty() && InetAddress.ofLiteral(host).isLoopbackAddress();
                context.out().println(addr + " loopback only: " + loopback);
            }
        });
    }

    private static Program forgotTheGo() {
        return new Program("""
                think := map[string]time.Duration{
                    "client-1": 2 * time.Second, "client-2": time.Second, "client-3": 0}
                start := time.Now() // all three connect now, in this order
                for _, name := range []string{"client-1", "client-2", "client-3"} {
                    arrives := start.Add(think[name]) // when its line arrives
                    handle := func() { // the connection's handler
                        time.Sleep(time.Until(arrives)) // blocked in read until then
                        fmt.Println("echo to", name, "after",
                            time.Since(start).Round(time.Second))
                    }
                    handle() // forgot the go: handle() instead of go handle()
                }
                """, context -> {
            List<String> names = List.of("client-1", "client-2", "client-3");
            List<Integer> think = List.of(2, 1, 0);
            Instant start = Go.now(); // all three connect now, in this order
            for (int i = 0; i < names.size(); i++) {
                Instant arrives = start.plusSeconds(think.get(i));
                Duration wait = Duration.between(Go.now(), arrives);
                if (wait.isPositive()) {
                    Go.sleep(wait); // blocked in read until the line is there
                }
                long seconds = Math.round(Duration.between(start, Go.now()).toMillis() / 1000.0);
                context.out().println("echo to " + names.get(i) + " after " + seconds + "s");
            }
        });
    }

    public static LessonExercises create() {
        return LessonExercises.of("tcp-server",
                new Predict("listen-address", "\":8082\" or \"127.0.0.1:8082\"?", listenAddress(),
                        "Which address lets only this machine connect? What does it print?",
                        List.of(new Predict.Choice("a", ":8082 loopback only: true\n127.0.0.1:8082 loopback only: true"),
                                new Predict.Choice("b", ":8082 loopback only: false\n127.0.0.1:8082 loopback only: true"),
                                new Predict.Choice("c", ":8082 loopback only: true\n127.0.0.1:8082 loopback only: false"),
                                new Predict.Choice("d", ":8082 loopback only: false\n127.0.0.1:8082 loopback only: false")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("An empty host in an address does not mean localhost.",
                                "net.Listen(\"tcp\", \":8082\") listens on every interface the machine has."),
                        """
                        b: ":8082" has no host, and an empty host means every interface (0.0.0.0 and ::): \
                        any machine that can reach yours may connect. "127.0.0.1:8082" is the loopback \
                        interface only. That is why the lesson's server binds 127.0.0.1 by default, and \
                        listens elsewhere only when --listen ADDR is given."""),
                new Predict("forgot-the-go", "A server that handles connections without go", forgotTheGo(),
                        "Three clients connect at the same moment, in this order. Counted from when it"
                                + " connected, client-1 sends its line after 2 s, client-2 after 1 s, client-3"
                                + " at once. The server handles each connection inline, without go."
                                + " What does it print?",
                        List.of(new Predict.Choice("a", "echo to client-3 after 0s\necho to client-2 after 1s\n"
                                        + "echo to client-1 after 2s"),
                                new Predict.Choice("b", "echo to client-1 after 2s\necho to client-2 after 2s\n"
                                        + "echo to client-3 after 2s"),
                                new Predict.Choice("c", "echo to client-1 after 2s\necho to client-2 after 3s\n"
                                        + "echo to client-3 after 3s"),
                                new Predict.Choice("d", "echo to client-1 after 2s\necho to client-2 after 1s\n"
                                        + "echo to client-3 after 0s")),
                        Predict.Normalisation.TRIM_LINES, new Predict.Check.Outcome(1),
                        List.of("Without go, the server reads one connection at a time, in the order they came.",
                                "The clients do not wait for the server to start thinking: their lines arrive"
                                        + " at 2 s, 1 s and 0 s whatever the server does."),
                        """
                        b: handled inline, the server reads client-1's connection first and waits for its \
                        line until 2 s. By then client-2's line (sent at 1 s) and client-3's (sent at 0 s) \
                        are waiting in their sockets, so both are echoed at once, also at 2 s. The quick \
                        clients waited for the slow one. With go handle(), each connection has its own \
                        goroutine, blocked in its own read, and the server prints a: each client is \
                        answered as soon as it speaks. (c would be right only if each client started \
                        thinking when the server got to it.)"""),
                new WriteCode("echo-handler", "Write a connection's handler", TcpServerExercises.class,
                        "Handler.java", HandlerCheck.class.getName(),
                        List.of("The handler greets once, then echoes every line until the client hangs up"
                                        + " (in is closed).",
                                "for (String line : in) { out.send(\"echo: \" + line); } ends when in is closed.",
                                "When the client has hung up, hang up too: out.close(), or the reader of out"
                                        + " waits for ever.")));
    }
}
