package dev.gocon.app.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place in each lesson's walk, kept in {@code progress.json} beside the exercises. */
class ProgressPlacesTest {

    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir, warning -> { });
    }

    @Test
    void aPlaceIsKeptAndOutlivesOtherChanges() {
        store().update(p -> p.withPlace("channels", "The Go code: a rendezvous"));
        store().update(p -> p.at("channels", "channels/deadlock").with("channels/deadlock",
                e -> new Progress.Entry(true, 1, false)).without("kitchens/predict"));
        Progress read = store().read();
        assertEquals(Optional.of("The Go code: a rendezvous"), read.place("channels"));
        assertEquals(Optional.empty(), read.place("select"));
        assertTrue(read.entry("channels/deadlock").done());
    }

    @Test
    void nullForgetsThePlace() throws Exception {
        store().update(p -> p.withPlace("channels", "The idea").withPlace("select", "The idea"));
        store().update(p -> p.withPlace("channels", null));
        assertEquals(Optional.empty(), store().read().place("channels"));
        assertEquals(Optional.of("The idea"), store().read().place("select"));
        store().update(p -> p.withPlace("select", null));
        assertFalse(Files.readString(dir.resolve("progress.json")).contains("places"),
                "with no places, the file is as an older gocon wrote it");
    }

    @Test
    void aFileFromBeforePlacesReadsAsItWas() throws Exception {
        Files.writeString(dir.resolve("progress.json"), """
                {"schema": 1, "current": {"lesson": "mutex", "exercise": "mutex/lost"},
                 "exercises": {"mutex/lost": {"done": true, "hintsUsed": 2, "gaveUp": false}}}
                """);
        Progress read = store().read();
        assertEquals("mutex/lost", read.exercise());
        assertEquals(new Progress.Entry(true, 2, false), read.entry("mutex/lost"));
        assertEquals(Optional.empty(), read.place("mutex"));
        store().update(p -> p.withPlace("mutex", "The fix"));
        String written = Files.readString(dir.resolve("progress.json"));
        assertTrue(written.contains("\"schema\": 1") && written.contains("\"mutex/lost\"") && written.contains("The fix"),
                written);
    }
}
