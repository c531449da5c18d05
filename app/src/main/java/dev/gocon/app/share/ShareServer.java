package dev.gocon.app.share;

import dev.gocon.go.Go;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The door of a shared session: a small HTTP/1.1 server on plain sockets that lets students in, read
 * only. Every request must bring the session's code ({@code ?code=...}), or gets 401 (each address is
 * logged once). With the code:
 * <ul>
 * <li>{@code GET /} is the follow page, which draws the shared screen in a browser (no external
 *     script or font);</li>
 * <li>{@code GET /cast} is the session as asciicast v2 lines, chunked, as {@code --record} writes them
 *     ({@code curl -N} or {@code asciinema play} can read it);</li>
 * <li>{@code GET /state} is the screen's state as server-sent events, which {@code gocon follow} and
 *     the page draw.</li>
 * </ul>
 * A connection must send its request within {@link #REQUEST_MILLIS} and in at most {@link #HEAD_LIMIT}
 * bytes; after that nothing it sends is read, so nothing a follower sends reaches the presenter. Each
 * connection is a goroutine; the {@link ShareHub} decides who may follow and drops slow followers.
 */
public final class ShareServer implements AutoCloseable {

    /** How long a connection has to send its request. */
    static final int REQUEST_MILLIS = 5_000;
    /** The longest request head read. */
    static final int HEAD_LIMIT = 8_192;
    /** The kernel's send buffer per follower: what may wait in the kernel for a slow one. */
    static final int SEND_BUFFER = 32 * 1024;
    /** Connections still sending their request, beyond the followers, before new ones are closed at once. */
    static final int WAITING_LIMIT = 32;

    private final ServerSocket server;
    private final ShareCode code;
    private final ShareHub hub;
    private volatile Consumer<String> log = what -> { };
    private final int openLimit;
    private final byte[] page;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();

    private ShareServer(ServerSocket server, ShareCode code, ShareHub hub, int maxFollowers) {
        this.server = server;
        this.code = code;
        this.hub = hub;
        this.openLimit = maxFollowers + WAITING_LIMIT;
        try (InputStream in = ShareServer.class.getResourceAsStream("follow.html")) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The address {@code --listen} names: {@code HOST}, {@code HOST:PORT} or {@code :PORT}; the host
     * defaults to 127.0.0.1 and the port to 7070.
     *
     * @throws IllegalArgumentException in plain words, for a bad port or a host that is not this machine
     */
    public static InetSocketAddress address(String listen) {
        String host = listen;
        int port = 7070;
        int colon = listen.lastIndexOf(':');
        if (colon >= 0 && listen.indexOf(':') == colon) {
            host = listen.substring(0, colon);
            String number = listen.substring(colon + 1);
            try {
                port = Integer.parseInt(number);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("'" + number + "' is not a port: use a number from 0 (any free port) to 65535");
            }
        }
        if (host.isEmpty()) {
            host = "127.0.0.1";
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot listen on '" + host + "': no such host");
        }
        try {
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                throw new IllegalArgumentException("cannot listen on " + host + ": that address is not on this machine");
            }
        } catch (SocketException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ": " + e.getMessage());
        }
        return new InetSocketAddress(address, port);
    }

    /**
     * Opens the door at {@code address} and starts letting followers in.
     *
     * @throws IllegalArgumentException in plain words, if the port is in use or cannot be opened
     */
    public static ShareServer start(InetSocketAddress address, ShareCode code, ShareHub hub, int maxFollowers) {
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(address, 64);
        } catch (BindException e) {
            throw new IllegalArgumentException("cannot listen on " + text(address) + ": the port is in use"
                    + " (choose another with --listen HOST:PORT)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + text(address) + ": " + e.getMessage());
        }
        ShareServer door = new ShareServer(server, code, hub, maxFollowers);
        Go.go("doorman", door::acceptAll);
        return door;
    }

    /** Tells {@code log} of refused connections, once per address, from now on. */
    public void onLog(Consumer<String> log) {
        this.log = log;
    }

    /** Where followers connect, as {@code HOST:PORT}. */
    public String hostPort() {
        InetAddress address = server.getInetAddress();
        String host = address.isAnyLocalAddress() ? localName() : address.getHostAddress();
        return host + ":" + server.getLocalPort();
    }

    /** The line that tells students how to follow. */
    public String joinLine() {
        return "students: gocon follow " + hostPort() + " --code " + code + "   or open http://" + hostPort()
                + "/?code=" + code;
    }

    /** Closes the door and every connection still open. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing a listening socket cannot lose data.
        }
        for (Socket socket : connections) {
            closeQuietly(socket);
        }
    }

    private void acceptAll() {
        while (true) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (open.incrementAndGet() > openLimit) {
                open.decrementAndGet();
                closeQuietly(socket);
                continue;
            }
            connections.add(socket);
            Go.go("connection", () -> {
                try {
                    serve(socket);
                } finally {
                    open.decrementAndGet();
                    connections.remove(socket);
                    closeQuietly(socket);
                }
            });
        }
    }

    private void serve(Socket socket) {
        String address = socket.getInetAddress().getHostAddress();
        try {
            socket.setSoTimeout(REQUEST_MILLIS);
            Request request = Request.read(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            if (request == null) {
                respond(out, 400, "text/plain", "bad request\n");
                return;
            }
            if (!request.method().equals("GET")) {
                respond(out, 405, "text/plain", "followers can only read (GET)\n");
                return;
            }
            if (!code.matches(request.code())) {
                if (refused.add(address)) {
                    log.accept("refused a follower from " + address + ": wrong or missing code");
                }
                respond(out, 401, "text/plain", "this session needs its code: ?code=...\n");
                return;
            }
            switch (request.path()) {
                case "/" -> respond(out, 200, "text/html; charset=utf-8", page());
                case "/cast" -> stream(socket, out, ShareHub.Kind.CAST, "application/x-asciicast", true);
                case "/state" -> stream(socket, out, ShareHub.Kind.STATE, "text/event-stream", false);
                default -> respond(out, 404, "text/plain", "not found\n");
            }
        } catch (IOException | RuntimeException e) {
            // The follower went away or sent nonsense: its connection ends, nothing else does.
        }
    }

    private void stream(Socket socket, OutputStream out, ShareHub.Kind kind, String type, boolean chunked)
            throws IOException {
        ShareHub.Follower follower;
        try {
            follower = hub.join(kind, socket.getInetAddress().getHostAddress(), () -> closeQuietly(socket));
        } catch (ShareHub.Refused e) {
            respond(out, 503, "text/plain", e.getMessage() + "\n");
            return;
        }
        try {
            socket.setSendBufferSize(SEND_BUFFER);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nCache-Control: no-cache\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "") + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String message : follower.messages()) {
                byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                if (chunked) {
                    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(bytes);
                }
                out.flush();
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } finally {
            hub.leave(follower);
        }
    }

    /** The follow page, with the screen now inside it, so that it shows the slide before its stream starts. */
    private byte[] page() {
        String initial = hub.latest().map(ScreenJson::write).orElse("null").replace("<", "\\u003c");
        return new String(page, StandardCharsets.UTF_8).replace("/*INITIAL*/null", initial).getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(OutputStream out, int status, String type, String body) throws IOException {
        respond(out, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(OutputStream out, int status, String type, byte[] body) throws IOException {
        String reason = switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Service Unavailable";
        };
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                + "Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; connect-src 'self'\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** The parts of a request the server looks at. */
    private record Request(String method, String path, String code) {

        /** Reads a request head; null if it is too long, cut short or not HTTP. */
        static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0 || head.size() >= HEAD_LIMIT) {
                    return null;
                }
                head.write(b);
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            }
            String[] requestLine = head.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("").split(" ");
            if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
                return null;
            }
            String target = requestLine[1];
            int question = target.indexOf('?');
            String path = question < 0 ? target : target.substring(0, question);
            String code = null;
            if (question >= 0) {
                for (String pair : target.substring(question + 1).split("&")) {
                    if (pair.startsWith("code=")) {
                        code = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                    }
                }
            }
            return new Request(requestLine[0], path, code);
        }
    }

    private static String text(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** This machine's address on its network (the first site-local IPv4 one), for a door open to all. */
    private static String localName() {
        try {
            for (NetworkInterface face : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : java.util.Collections.list(face.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address && address.isSiteLocalAddress() && face.isUp()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // No interfaces to read: say loopback, which works on this machine at least.
        }
        return "127.0.0.1";
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed, or the peer is gone: either way the connection is over.
        }
    }
}
