package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private ProgressStore store() {
        return new ProgressStore(dir, warnings::add,
                Clock.fixed(Instant.parse("2025-11-22T10:15:30Z"), ZoneOffset.UTC));
    }

    private static Progress.Entry hint(Progress.Entry e) {
        return new Progress.Entry(e.done(), e.hintsUsed() + 1, e.gaveUp());
    }

    @Test
    void nothingWrittenReadsAsEmpty() {
        assertEquals(Progress.EMPTY, store().read());
    }

    @Test
    void keepsEveryRecordAndTheCurrentPlaceWithASchemaVersion() throws Exception {
        store().update(p -> p.at("channels", "channels/deadlock")
                .with("channels/deadlock", e -> new Progress.Entry(true, 2, false))
                .with("kitchens/predict", e -> new Progress.Entry(false, 1, true)));
        Progress read = store().read();
        assertEquals("channels", read.lesson());
        assertEquals("channels/deadlock", read.exercise());
        assertEquals(new Progress.Entry(true, 2, false), read.entry("channels/deadlock"));
        assertEquals(new Progress.Entry(false, 1, true), read.entry("kitchens/predict"));
        assertTrue(Files.readString(dir.resolve("progress.json")).contains("\"schema\": 1"));
    }

    @Test
    void aWriterKilledBeforeItsRenameLeavesThePreviousFileIntact() throws Exception {
        ProgressStore store = store();
        store.update(p -> p.with("a/one", e -> new Progress.Entry(true, 0, false)));
        String before = Files.readString(store.file());

        Path temp = store.writeTemporary(Progress.EMPTY.with("a/one", e -> Progress.Entry.NEW));

        assertTrue(Files.exists(temp), "the dead writer's temporary file is there");
        assertEquals(before, Files.readString(store.file()));
        assertTrue(store().read().entry("a/one").done());
        store.update(p -> p.with("a/two", ProgressStoreTest::hint));
        assertTrue(Files.notExists(temp), "the next writer removes the leftover");
        assertTrue(store().read().entry("a/one").done());
    }

    @Test
    void aCorruptFileIsSetAsideWithOneWarningAndNeverOverwritten() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"schema\": 1, \"exercises\": {");
        assertEquals(Progress.EMPTY, store().read());
        Path aside = dir.resolve("progress.json.corrupt-20251122T101530Z");
        assertEquals("{\"schema\": 1, \"exercises\": {", Files.readString(aside));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("progress.json.corrupt-20251122T101530Z"), warnings.toString());
        assertEquals(1, warnings.getFirst().lines().count());

        Files.write(dir.resolve("progress.json"), new byte[] {(byte) 0xff, (byte) 0xfe});
        store().update(p -> p.with("a/one", ProgressStoreTest::hint));
        assertTrue(Files.exists(dir.resolve("progress.json.corrupt-20251122T101530Z-2")), "a second one too");
        assertEquals(1, store().read().entry("a/one").hintsUsed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "-1", "\"2\"", "true"})
    void aCountThatIsNotAWholeNumberSetsTheFileAside(String count) throws Exception {
        Files.writeString(dir.resolve("progress.json"),
                "{\"schema\": 1, \"exercises\": {\"a/one\": {\"hintsUsed\": " + count + "}}}");
        assertEquals(Progress.EMPTY, store().read());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("expected a count, found "), warnings.toString());
    }

    @Test
    void aFileFromANewerGoconIsRefusedAndLeftAlone() throws Exception {
        String newer = "{\"schema\": 2, \"whatever\": true}";
        Files.writeString(dir.resolve("progress.json"), newer);
        assertThrows(Progress.NewerSchemaException.class, () -> store().update(p -> p));
        assertEquals(newer, Files.readString(dir.resolve("progress.json")));
    }

    @Test
    @Timeout(20)
    void concurrentWritersInThreadsAndProcessesLoseNothing() throws Exception {
        int threads = 6;
        int perThread = 30;
        int perProcess = 40;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), ProgressHammer.class.getName(),
                    dir.toString(), "x/shared", String.valueOf(perProcess))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String own = "x/thread-" + t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                ProgressStore store = store();
                for (int i = 0; i < perThread; i++) {
                    store.update(p -> p.with("x/shared", ProgressStoreTest::hint).with(own, ProgressStoreTest::hint));
                }
            }));
        }
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the other gocon finished");
            assertEquals(0, process.exitValue());
        }
        Progress end = store().read();
        assertEquals(threads * perThread + 2 * perProcess, end.entry("x/shared").hintsUsed());
        for (int t = 0; t < threads; t++) {
            assertEquals(perThread, end.entry("x/thread-" + t).hintsUsed());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("progress.json", "progress.json.lock"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
