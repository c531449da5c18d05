package dev.gocon.app.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file operation failed, in a few plain words, from java.nio's exceptions and java.io's alike. */
class ReasonsTest {

    @TempDir
    Path dir;

    @Test
    void nioFailures() {
        IOException missing = assertThrows(IOException.class, () -> Files.readString(dir.resolve("none.txt")));
        assertEquals("no such file or folder", Reasons.of(missing));
        IOException folder = assertThrows(IOException.class, () -> Files.writeString(dir, "x"));
        assertEquals("is a folder", Reasons.of(new UncheckedIOException(folder)));
    }

    @Test
    void javaIoPutsTheSystemsReasonInParentheses() {
        FileNotFoundException folder = assertThrows(FileNotFoundException.class,
                () -> new FileOutputStream(dir.toFile()).close());
        assertEquals("is a folder", Reasons.of(folder));
        FileNotFoundException missing = assertThrows(FileNotFoundException.class,
                () -> new FileOutputStream(dir.resolve("no/such/notes.txt").toFile()).close());
        assertEquals("no such file or folder", Reasons.of(missing));
        assertEquals("permission denied", Reasons.of(new FileNotFoundException("/root/Notes.txt (Permission denied)")));
    }
}
