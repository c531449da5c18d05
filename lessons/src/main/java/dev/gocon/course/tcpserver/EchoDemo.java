package dev.gocon.course.tcpserver;

import dev.gocon.course.Demo;
import dev.gocon.course.DemoContext;
import dev.gocon.course.DemoOption;
import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import dev.gocon.go.WaitGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An echo server on 127.0.0.1: an {@code acceptor} goroutine hands every connection to its own
 * {@code conn-N} goroutine, while {@code client-N} goroutines connect, read the greeting, send a line
 * and check the echo. {@code --idle N} first parks N silent connections in a read and measures the
 * heap they take. {@code --serve} then keeps the server up until Ctrl-C, for {@code nc}. Every socket
 * is closed at the end, in every case.
 */
public final class EchoDemo implements Demo {

    /** How many goroutines open the idle connections. */
    private static final int DIALERS = 8;

    /** The greeting every connection gets first. */
    public static final String GREETING = "welcome to the echo kitchen";

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String summary() {
        return "A TCP echo server on loopback, one goroutine per connection, and N clients.";
    }

    @Override
    public List<DemoOption> options() {
        return List.of(
                new DemoOption("--port", "N", "8082", "the port to listen on; 0 for any free port"),
                new DemoOption("--listen", "ADDR", "", "listen on ADDR instead of 127.0.0.1"),
                new DemoOption("--clients", "N", "50", "how many simulated clients to run"),
                new DemoOption("--idle", "N", "0", "first open N idle connections, blocked in read"),
                new DemoOption("--serve", "", "false", "stay up until Ctrl-C, for nc 127.0.0.1 PORT"));
    }

    @Override
    public void checkOptions(DemoContext ctx) {
        Net.port(ctx.option("--port", "8082"));
        Net.listenAddress(ctx.option("--listen", ""));
        Net.count("--clients", ctx.option("--clients", "50"), 10_000);
        Net.count("--idle", ctx.option("--idle", "0"), 1_000_000);
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        if (Net.nativeOnly(ctx, "echo")) {
            return;
        }
        PrintStream out = ctx.out();
        int port = Net.port(ctx.option("--port", "8082"));
        InetAddress address = Net.listenAddress(ctx.option("--listen", ""));
        int clients = Net.count("--clients", ctx.option("--clients", "50"), 10_000);
        int idle = Net.count("--idle", ctx.option("--idle", "0"), 1_000_000);
        boolean serve = Boolean.parseBoolean(ctx.option("--serve", "false"));

        Net.Sockets sockets = new Net.Sockets();
        ServerSocket listener = Net.listen(address, port);
        try {
            sockets.add(listener);
            String where = address.getHostAddress() + ":" + listener.getLocalPort();
            out.println("listening on " + where + ", one goroutine per connection");
            if (!address.isLoopbackAddress()) {
                out.println("note: " + address.getHostAddress()
                        + " is not loopback: other machines may connect");
            }
            AtomicInteger greeted = new AtomicInteger();
            WaitGroup handlers = new WaitGroup("handlers");
            handlers.go("acceptor", () -> acceptLoop(listener, sockets, handlers, greeted));

            InetAddress target = Net.connectAddress(listener);
            int port2 = listener.getLocalPort();
            if (idle > 0) {
                openIdle(out, sockets, target, port2, idle, clients, greeted);
            }
            if (clients > 0) {
                runClients(out, sockets, target, port2, clients);
            }
            if (serve) {
                out.println("serving until Ctrl-C: in another terminal, run nc "
                        + target.getHostAddress() + " " + port2);
                Channel<Void> ctrlC = Channel.make("ctrl-c");
                ctrlC.receive(); // only Ctrl-C ends this wait: it stops the run
            }
            int opened = sockets.opened();
            sockets.close(); // the listener, the idle connections: everything left
            handlers.await(); // the acceptor and every conn-N have returned
            Net.awaitExit(); // and their goroutines have exited
            out.println("closed all " + opened + " sockets (listener, both ends of every"
                    + " connection): " + sockets.stillOpen() + " still open");
        } finally {
            sockets.close(); // also after a failure or Ctrl-C
            Net.closeQuietly(listener);
        }
    }

    /** The host at the door: accept, hand over to a new goroutine, repeat. */
    private static void acceptLoop(ServerSocket listener, Net.Sockets sockets, WaitGroup handlers,
            AtomicInteger greeted) {
        for (int n = 1; ; n++) {
            Socket conn;
            try {
                conn = Go.ioWait("accept", listener::accept); // parks in [IO wait] until a client connects
            } catch (IOException closed) {
                return; // the listener was closed: stop accepting
            }
            sockets.add(conn);
            handlers.go("conn-" + n, () -> serve(conn, sockets, greeted));
        }
    }

    /** One connection's goroutine: a greeting, then every line echoed, until the client hangs up. */
    private static void serve(Socket conn, Net.Sockets sockets, AtomicInteger greeted) {
        try {
            InputStream in = conn.getInputStream();
            OutputStream out = conn.getOutputStream();
            Net.println(out, GREETING);
            greeted.incrementAndGet();
            for (String line; (line = Net.readLine(in)) != null; ) { // parks in read
                Net.println(out, "echo: " + line);
            }
        } catch (IOException e) {
            // the client went away, or the demo is closing every socket: this goroutine ends
        } finally {
            sockets.close(conn);
        }
    }

    /** Opens {@code idle} connections that never send a byte, and measures what they cost. */
    private static void openIdle(PrintStream out, Net.Sockets sockets, InetAddress target, int port,
            int idle, int clients, AtomicInteger greeted) throws IOException {
        long left = Net.socketsLeft(256);
        long fit = left < 0 ? idle : Math.max(0, left / 2 - 2L * clients);
        int n = (int) Math.min(idle, fit);
        if (n < idle) {
            out.println("--idle " + idle + " needs " + 2L * idle + " file descriptors (both ends"
                    + " are in this process),");
            out.println("  but the limit (ulimit -n: " + Net.descriptorLimit() + ") leaves " + left
                    + ": opening " + n + " idle connections");
        }
        long before = usedHeap();
        WaitGroup dialers = new WaitGroup("dialers");
        for (int d = 0; d < DIALERS; d++) {
            int share = n / DIALERS + (d < n % DIALERS ? 1 : 0);
            dialers.go("dialer-" + (d + 1), () -> {
                for (int i = 0; i < share; i++) {
                    Socket s = sockets.add(new Socket(target, port)); // never sends anything
                    s.setSoLinger(true, 0); // close at once at the end, no TIME_WAIT
                }
            });
        }
        dialers.await();
        while (greeted.get() < n) { // every conn-N has greeted and sits in read
            Go.sleep(Duration.ofMillis(10));
        }
        long after = usedHeap();
        double mb = (after - before) / 1e6;
        double kb = n == 0 ? 0 : (after - before) / 1e3 / n;
        out.println(n + " idle connections, each with a goroutine blocked in read");
        out.println(String.format(Locale.ROOT, "  heap %+.1f MB: about %.1f KB per connection,"
                + " both ends and its goroutine", mb, kb));
        out.println("  (the kernel's socket buffers are not on the heap)");
    }

    /** Runs the simulated clients, each in its own goroutine, and checks every echo. */
    private static void runClients(PrintStream out, Net.Sockets sockets, InetAddress target,
            int port, int clients) {
        AtomicInteger correct = new AtomicInteger();
        WaitGroup done = new WaitGroup("clients");
        for (int i = 1; i <= clients; i++) {
            String name = "client-" + i;
            done.go(name, () -> {
                Socket s = sockets.add(new Socket(target, port));
                try {
                    InputStream in = s.getInputStream();
                    String greeting = Net.readLine(in);
                    Net.println(s.getOutputStream(), "hello from " + name);
                    String echo = Net.readLine(in);
                    if (GREETING.equals(greeting) && ("echo: hello from " + name).equals(echo)) {
                        correct.incrementAndGet();
                    }
                } finally {
                    sockets.close(s);
                }
            });
        }
        done.await();
        out.println(clients + " clients served concurrently, " + correct.get()
                + " echoes correct");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
