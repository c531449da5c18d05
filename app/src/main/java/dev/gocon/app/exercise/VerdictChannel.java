package dev.gocon.app.exercise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parent's end of the line a check's verdict comes back on: a Unix-domain socket in the check's
 * private folder, and a secret made for this one run. The child's harness learns both on its standard
 * input (never its command line), connects, and proves itself with the secret; only then is the line
 * it sends next taken as the verdict. A connection without the secret (the learner's code found the
 * socket) is closed and ignored.
 */
final class VerdictChannel implements AutoCloseable {

    private final Path socket;
    private final String secret;
    private final ServerSocketChannel server;
    private final CompletableFuture<String> verdict = new CompletableFuture<>();

    private VerdictChannel(Path socket) throws IOException {
        this.socket = socket;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = HexFormat.of().formatHex(random);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofVirtual().name("verdict-listener").start(this::listen);
    }

    /** Listens on {@code socket}, a path that must not exist yet. */
    static VerdictChannel open(Path socket) {
        try {
            return new VerdictChannel(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the check's verdict channel at " + socket, e);
        }
    }

    /** What the harness reads on its standard input: the socket's path and the secret, a line each. */
    String invitation() {
        return socket + "\n" + secret + "\n";
    }

    /**
     * The verdict line the harness sent, or "" if it sent none (it crashed, or never connected); waits
     * up to {@code grace} for it, which is called for after the child has ended.
     */
    String verdict(Duration grace) throws InterruptedException {
        try {
            return verdict.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return "";
        }
    }

    private void listen() {
        try {
            while (!verdict.isDone()) {
                SocketChannel connection = server.accept();
                Thread.ofVirtual().name("verdict-reader").start(() -> read(connection));
            }
        } catch (IOException e) {
            // Closed: the check is over.
        }
    }

    private void read(SocketChannel connection) {
        try (connection; BufferedReader in = new BufferedReader(Channels.newReader(connection, StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first == null || !MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_8))) {
                return;
            }
            String line = in.readLine();
            verdict.complete(line == null ? "" : line.strip());
        } catch (IOException e) {
            verdict.complete("");
        }
    }

    @Override
    public void close() {
        verdict.complete("");
        try {
            server.close();
        } catch (IOException e) {
            // Nothing is listening any more either way.
        }
    }
}
