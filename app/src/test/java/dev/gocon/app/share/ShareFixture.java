package dev.gocon.app.share;

import dev.gocon.app.present.ScreenState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** A shared session for tests: a hub and its door on a free loopback port, and screens to publish. */
final class ShareFixture implements AutoCloseable {

    static final ShareCode CODE = ShareCode.of("fig-oven-1234-56789");
    static final String HEADING = "Fixture heading for followers";

    final ShareHub hub;
    final ShareServer door;
    final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    ShareFixture(java.util.function.Consumer<String> observer) {
        hub = new ShareHub(ShareHub.MAX_FOLLOWERS, ShareHub.PER_ADDRESS, what -> {
            events.add(what);
            observer.accept(what);
        });
        door = ShareServer.start(ShareServer.address("127.0.0.1:0"), CODE, hub, ShareHub.MAX_FOLLOWERS);
    }

    int port() {
        return Integer.parseInt(door.hostPort().substring(door.hostPort().lastIndexOf(':') + 1));
    }

    /** A screen of a lesson no catalog has, so followers show its rows as they are. */
    static ScreenState screen(String status) {
        List<AttributedString> rows = new ArrayList<>();
        rows.add(AttributedString.EMPTY);
        rows.add(new AttributedString("  " + HEADING));
        for (int i = 2; i < 23; i++) {
            rows.add(new AttributedString(i == 21 ? "  " + status : ""));
        }
        rows.add(new AttributedString(" fixture · 1/1"));
        return new ScreenState(List.of("no-such-lesson"), 0, 0, 0, status, null, rows, 80, 24);
    }

    /** Opens a connection from {@code local} (any 127.x.y.z is this machine) and sends a GET for {@code target}. */
    static Socket get(String local, int port, String target) throws IOException {
        return get(local, port, target, 0);
    }

    /** The same, with a small receive buffer if {@code receiveBuffer} is not 0. */
    static Socket get(String local, int port, String target, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads a whole short response (the server closes after it). */
    static String readAll(Socket socket) throws IOException {
        try (InputStream in = socket.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        door.close();
        hub.close();
    }
}
