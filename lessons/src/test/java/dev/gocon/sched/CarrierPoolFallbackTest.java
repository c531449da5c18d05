package dev.gocon.sched;

import dev.gocon.go.Channel;
import dev.gocon.go.Go;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which carriers a JVM's native runs use is decided once per JVM, so each case starts one: with
 * {@code java.lang} opened (as the launcher does) goroutines run on gocon's carriers; without it (a
 * learner's program run with plain {@code java -cp}), or with {@code -Dgocon.carriers=jdk}, they run
 * on the JDK's scheduler, and a run works the same.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CarrierPoolFallbackTest {

    @Test
    void withJavaLangOpenedGoroutinesRunOnGoconsCarriers() throws Exception {
        String out = probe("--add-opens", "java.base/java.lang=ALL-UNNAMED");
        assertTrue(out.matches("(?s).*@carrier-\\d+\\R.*"), out);
        assertTrue(out.contains("pool: yes"), out);
        assertTrue(out.contains("pong 1000"), out);
    }

    @Test
    void withoutJavaLangOpenedGoroutinesRunOnTheJdksScheduler() throws Exception {
        String out = probe();
        assertTrue(out.contains("@ForkJoinPool-"), out);
        assertTrue(out.contains("pool: no"), out);
        assertTrue(out.contains("pong 1000"), out);
    }

    @Test
    void goconCarriersJdkChoosesTheJdksScheduler() throws Exception {
        String out = probe("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dgocon.carriers=jdk");
        assertTrue(out.contains("@ForkJoinPool-"), out);
        assertTrue(out.contains("pool: no"), out);
        assertTrue(out.contains("pong 1000"), out);
    }

    /** Runs {@link Probe} in a new JVM with these options; returns what it printed. */
    private static String probe(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe ended");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** A ping-pong of 1,000 round trips in a run; prints the main goroutine's thread and whether the pool ran it. */
    public static final class Probe {
        public static void main(String[] args) {
            Go.run(() -> {
                System.out.println(Thread.currentThread());
                Channel<Integer> ping = Channel.make("ping");
                Channel<Integer> pong = Channel.make("pong");
                Go.go("echo", () -> {
                    for (Integer v : ping) {
                        pong.send(v + 1);
                    }
                });
                int last = 0;
                for (int i = 0; i < 1000; i++) {
                    ping.send(i);
                    last = pong.receive();
                }
                ping.close();
                System.out.println("pong " + last);
            });
            System.out.println("pool: " + (CarrierPool.current() != null ? "yes" : "no"));
        }
    }
}
