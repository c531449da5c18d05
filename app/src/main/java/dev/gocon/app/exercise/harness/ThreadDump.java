package dev.gocon.app.exercise.harness;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.gocon.app.json.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every thread of this JVM at one moment, virtual threads (goroutines) included, read from the JDK's
 * JSON thread dump ({@link HotSpotDiagnosticMXBean#dumpThreads}). {@code Thread.getAllStackTraces()}
 * and {@code ThreadMXBean} see platform threads only, so they miss the goroutines a check is about.
 *
 * @param threads every thread, in the dump's order
 */
record ThreadDump(List<Snapshot> threads) {

    /**
     * One thread as the dump shows it.
     *
     * @param id        the thread id
     * @param name      its name (a goroutine's name, for a virtual thread started by the runtime)
     * @param virtual   whether it is a virtual thread
     * @param state     {@code RUNNABLE}, {@code BLOCKED}, {@code WAITING} or {@code TIMED_WAITING}
     * @param stack     its frames, innermost first, as {@code module/Class.method(File.java:12)}
     * @param blockedOn the monitor it waits to enter, or null
     * @param locksHeld the monitors it holds
     */
    record Snapshot(String id, String name, boolean virtual, String state, List<String> stack, String blockedOn,
            List<String> locksHeld) {
    }

    /** Dumps this JVM's threads into {@code file} (which must not exist yet) and reads the dump back. */
    static ThreadDump take(Path file) throws IOException, Json.MalformedException {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(file.toAbsolutePath().toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
        try {
            return parse(Files.readString(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads a JSON thread dump as JDK 25 writes it. */
    static ThreadDump parse(String json) throws Json.MalformedException {
        Map<?, ?> dump = (Map<?, ?>) ((Map<?, ?>) Json.parse(json)).get("threadDump");
        List<Snapshot> threads = new ArrayList<>();
        for (Object container : (List<?>) dump.get("threadContainers")) {
            for (Object entry : (List<?>) ((Map<?, ?>) container).get("threads")) {
                Map<?, ?> thread = (Map<?, ?>) entry;
                List<String> held = new ArrayList<>();
                if (thread.get("monitorsOwned") instanceof List<?> owned) {
                    for (Object monitor : owned) {
                        ((List<?>) ((Map<?, ?>) monitor).get("locks")).forEach(l -> held.add(String.valueOf(l)));
                    }
                }
                threads.add(new Snapshot(String.valueOf(thread.get("tid")), String.valueOf(thread.get("name")),
                        Boolean.TRUE.equals(thread.get("virtual")), String.valueOf(thread.get("state")),
                        ((List<?>) thread.get("stack")).stream().map(String::valueOf).toList(),
                        (String) thread.get("blockedOn"), held));
            }
        }
        return new ThreadDump(threads);
    }
}
