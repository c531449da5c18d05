package dev.gocon.course.broadcast;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.course.tcpserver.Net;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.Select;
import dev.gocon.go.WaitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub behind a TCP server on loopback: a chat. Every connection has a {@code reader-N} goroutine
 * (socket to hub) and a {@code writer-N} goroutine (its own channel to socket). A client whose
 * buffer fills up is disconnected. Without {@code --serve}, three simulated clients chat and leave;
 * with it, there are no simulated clients, and the server stays up until Ctrl-C for
 * {@code nc 127.0.0.1 8082}.
 */
public final class ChatDemo implements Demo {

    /** How many lines may wait for a client before the hub disconnects it. */
    static final int BUFFER = 16;

    record Member(String name, Channel<String> out) {
    }

    record Line(Member from, String text) {
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public String summary() {
        return "A chat server: the hub broadcasts each line to every other client (--serve for nc).";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(
                new DemoOption("--port", "N", "8082", "the port to listen on; 0 for any free port"),
                new DemoOption("--listen", "ADDR", "", "listen on ADDR instead of 127.0.0.1"),
                new DemoOption("--serve", "", "false", "stay up until Ctrl-C, for nc 127.0.0.1 PORT"));
    }

    @Override
    public void checkOptions(DemoContext ctx) {
        Net.port(ctx.option("--port", "8082"));
        Net.listenAddress(ctx.option("--listen", ""));
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        if (Net.nativeOnly(ctx, "chat")) {
            return;
        }
        PrintStream out = ctx.out();
        int port = Net.port(ctx.option("--port", "8082"));
        InetAddress address = Net.listenAddress(ctx.option("--listen", ""));
        boolean serve = Boolean.parseBoolean(ctx.option("--serve", "false"));

        Net.Sockets sockets = new Net.Sockets();
        ServerSocket listener = Net.listen(address, port);
        try {
            sockets.add(listener);
            out.println("chat on " + address.getHostAddress() + ":" + listener.getLocalPort());
            Channel<Member> join = Channel.make("join");
            Channel<Member> leave = Channel.make("leave");
            Channel<Line> lines = Channel.make("lines");
            WaitGroup server = new WaitGroup("server");
            WaitGroup connections = new WaitGroup("connections");
            server.go("hub", () -> hub(out, join, leave, lines));
            server.go("acceptor",
                    () -> accept(listener, sockets, join, leave, lines, connections));

            InetAddress target = Net.connectAddress(listener);
            if (!serve) {
                simulate(out, sockets, target, listener.getLocalPort());
            } else {
                out.println("serving until Ctrl-C: in two or more other terminals, run nc "
                        + target.getHostAddress() + " " + listener.getLocalPort());
                Channel<Void> ctrlC = Channel.make("ctrl-c");
                ctrlC.receive(); // only Ctrl-C ends this wait: it stops the run
            }
            int opened = sockets.opened();
            sockets.close(); // the listener and every connection: readers see the end
            connections.await(); // every reader has left, every writer has ended
            join.close(); // now the hub can stop
            server.await();
            Net.awaitExit(); // every goroutine has exited
            out.println("closed all " + opened + " sockets: " + sockets.stillOpen()
                    + " still open");
        } finally {
            sockets.close(); // also after a failure or Ctrl-C
        }
    }

    /** The owner of the member set: joins, leaves, and copies every line to the others. */
    private static void hub(PrintStream out, Channel<Member> join, Channel<Member> leave,
            Channel<Line> lines) {
        Map<String, Member> members = new LinkedHashMap<>();
        boolean[] open = {true};
        while (open[0]) {
            Select.select(
                    Select.receive(join, (m, ok) -> {
                        if (!ok) {
                            open[0] = false;
                            return;
                        }
                        int others = members.size();
                        m.out().trySend("welcome, " + m.name() + ": " + others
                                + (others == 1 ? " other" : " others") + " here");
                        send(members, m, "* " + m.name() + " joined");
                        members.put(m.name(), m);
                    }),
                    Select.receive(leave, m -> {
                        if (members.remove(m.name()) != null) { // not already disconnected
                            m.out().close();
                            send(members, m, "* " + m.name() + " left");
                        }
                    }),
                    Select.receive(lines, line -> send(members, line.from(),
                            line.from().name() + ": " + line.text())));
        }
        members.values().forEach(m -> m.out().close());
    }

    /** Sends to every member but {@code from}; a member whose buffer is full is disconnected. */
    private static void send(Map<String, Member> members, Member from, String text) {
        List<Member> slow = new ArrayList<>();
        for (Member m : members.values()) {
            if (m != from && !m.out().trySend(text)) {
                slow.add(m);
            }
        }
        for (Member m : slow) { // every line matters in a chat: tell them, rather than drop
            members.remove(m.name());
            m.out().close(); // its writer closes the socket
        }
    }

    private static void accept(ServerSocket listener, Net.Sockets sockets, Channel<Member> join,
            Channel<Member> leave, Channel<Line> lines, WaitGroup server) {
        for (int n = 1; ; n++) {
            Socket conn;
            try {
                conn = listener.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(conn);
            int id = n;
            server.go("reader-" + id, () -> connection(id, conn, sockets, join, leave, lines, server));
        }
    }

    /** One connection: ask a name, join, start the writer, then send every line to the hub. */
    private static void connection(int id, Socket conn, Net.Sockets sockets, Channel<Member> join,
            Channel<Member> leave, Channel<Line> lines, WaitGroup server) {
        Member me = null;
        try {
            InputStream in = conn.getInputStream();
            OutputStream sink = conn.getOutputStream();
            Net.println(sink, "welcome to the chat: what is your name?");
            String name = Net.readLine(in);
            if (name == null || name.isBlank()) {
                return;
            }
            me = new Member(name.strip() + "#" + id, Channel.make("to-" + id, BUFFER));
            Member member = me;
            join.send(member);
            server.go("writer-" + id, () -> {
                try {
                    for (String text : member.out()) { // until the hub closes it
                        Net.println(sink, text);
                    }
                } catch (IOException gone) {
                    // the client went away: the reader will notice too
                } finally {
                    sockets.close(conn);
                }
            });
            for (String text; (text = Net.readLine(in)) != null; ) {
                lines.send(new Line(member, text));
            }
        } catch (IOException e) {
            // the client went away, or the server is closing
        } finally {
            if (me != null) {
                leave.send(me);
            }
            sockets.close(conn);
        }
    }

    /** Three simulated clients: each says one line, waits for the two others' lines, and leaves. */
    private static void simulate(PrintStream out, Net.Sockets sockets, InetAddress target,
            int port) {
        List<String> names = List.of("alice", "bob", "carol");
        WaitGroup joined = new WaitGroup("joined");
        joined.add(names.size());
        WaitGroup done = new WaitGroup("clients");
        List<String> report = Collections.synchronizedList(new ArrayList<>());
        for (String name : names) {
            done.go(name, () -> {
                Socket s = sockets.add(new Socket(target, port));
                try {
                    InputStream in = s.getInputStream();
                    OutputStream o = s.getOutputStream();
                    Net.readLine(in); // what is your name?
                    Net.println(o, name);
                    Net.readLine(in); // welcome, NAME: k others here
                    joined.done();
                    joined.await(); // speak once all three are in
                    Net.println(o, "hello from " + name);
                    List<String> heard = new ArrayList<>();
                    while (heard.size() < names.size() - 1) {
                        String line = Net.readLine(in);
                        if (line == null) {
                            break;
                        }
                        if (!line.startsWith("* ")) { // skip joined/left notices
                            heard.add(line.replaceAll("#\\d+", ""));
                        }
                    }
                    Collections.sort(heard);
                    report.add(name + " heard: " + String.join(" | ", heard));
                } finally {
                    sockets.close(s);
                }
            });
        }
        done.await();
        Collections.sort(report);
        report.forEach(out::println);
    }
}
