package dev.gocon.course.tcpserver;

import dev.gocon.course.DemoContext;
import dev.gocon.go.Go;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the lessons' TCP demos share: binding with a clear message, a small line reader, and the set
 * of every socket a demo opened, so that it can close them all at the end (Ctrl-C included).
 *
 * <p>Real sockets block outside gocon's runtime: the stepped scheduler cannot order a socket read,
 * so these demos run under the native scheduler only and say so under {@code --seed}.
 */
public final class Net {

    private Net() {
    }

    /** The one line a socket demo prints under the stepped scheduler, before returning. */
    public static boolean nativeOnly(DemoContext ctx, String demo) {
        if (!ctx.stepped()) {
            return false;
        }
        ctx.out().println(demo + " needs real sockets: run it without --seed, --step or --explore.");
        return true;
    }

    /**
     * The address to listen on: loopback unless {@code --listen ADDR} names another, which must be
     * an address of this machine (or the wildcard 0.0.0.0): a server can only listen on its own.
     */
    public static InetAddress listenAddress(String listen) {
        if (listen == null || listen.isBlank()) {
            return InetAddress.getLoopbackAddress();
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(listen.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen " + listen + ": unknown address");
        }
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && !onThisMachine(address)) {
            throw new IllegalArgumentException("--listen " + listen + ": " + address.getHostAddress()
                    + " is not an address of this machine; a server listens on one of its own"
                    + " addresses, such as 127.0.0.1");
        }
        return address;
    }

    private static boolean onThisMachine(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: let bind decide
        }
    }

    /** Parses {@code --port}: 0 to 65535. */
    public static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port " + value + ": give a port from 0 to 65535");
    }

    /** Parses a count option such as {@code --clients}. */
    public static int count(String name, String value, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " " + value + ": give a number from 0 to " + max);
    }

    /**
     * Opens a listening socket, or fails with one line naming the port and the reason (taken, not
     * an address of this machine, not allowed).
     *
     * @throws IllegalArgumentException if it cannot bind (the command maps it to exit code 2)
     */
    public static ServerSocket listen(InetAddress address, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new java.net.InetSocketAddress(address, port), 4096);
            return listener;
        } catch (BindException e) {
            listener.close();
            String where = address.getHostAddress() + " port " + port;
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("in use")) {
                throw new IllegalArgumentException("port " + port + " on " + address.getHostAddress()
                        + " is already in use: try --port 0 for any free port");
            }
            if (reason.contains("assign requested address")) {
                throw new IllegalArgumentException("cannot listen on " + where + ": "
                        + address.getHostAddress() + " is not an address of this machine");
            }
            throw new IllegalArgumentException("cannot listen on " + where + ": "
                    + reason.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Where clients connect: the listener's address, or loopback if it listens on every address. */
    public static InetAddress connectAddress(ServerSocket listener) {
        InetAddress a = listener.getInetAddress();
        return a.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : a;
    }

    /** Reads one line (without its end) from {@code in}, or null at the end of the stream. */
    public static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            // Nothing to read yet: the goroutine parks in [IO wait], its carrier is free.
            int b = in.available() > 0 ? in.read() : Go.ioWait("read", in::read);
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (line.size() < 4096) {
                line.write(b);
            }
        }
    }

    /** Writes one line and flushes it. */
    public static void println(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * How many more sockets this process may open, from its file-descriptor limit ({@code ulimit
     * -n}), keeping {@code reserve} for the JVM; -1 if the platform does not say.
     */
    public static long socketsLeft(int reserve) {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            long open = unix.getOpenFileDescriptorCount();
            return Math.max(0, max - open - reserve);
        }
        return -1;
    }

    /** The file-descriptor limit, or -1 if unknown. */
    public static long descriptorLimit() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return -1;
    }

    /**
     * Every socket a demo has open, so that the end of the demo (normal, failure or Ctrl-C) closes
     * them all. Closing it closes every socket still open.
     */
    public static final class Sockets implements Closeable {
        private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger closed = new AtomicInteger();

        /** Registers a socket; returns it. */
        public <S extends Closeable> S add(S socket) {
            open.add(socket);
            opened.incrementAndGet();
            return socket;
        }

        /** Closes one socket (quietly) and forgets it. */
        public void close(Closeable socket) {
            if (open.remove(socket)) {
                closed.incrementAndGet();
            }
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }

        /** How many sockets were opened. */
        public int opened() {
            return opened.get();
        }

        /** How many are still open. */
        public int stillOpen() {
            return open.size();
        }

        /** Closes every socket still open. */
        @Override
        public void close() {
            for (Closeable c : Set.copyOf(open)) {
                close(c);
            }
        }
    }

    /**
     * Waits, for at most a second, until main is the only goroutine left. A goroutine that has
     * called {@code done()} on a wait group may not have exited yet; without this, the end of the
     * run could list it as left behind.
     */
    public static void awaitExit() {
        for (int i = 0; i < 1000 && Go.numGoroutine() > 1; i++) {
            Go.sleep(Duration.ofMillis(1));
        }
    }

    /** Closes a socket without throwing. */
    public static void closeQuietly(Closeable s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing: nothing more to do
        }
    }
}
