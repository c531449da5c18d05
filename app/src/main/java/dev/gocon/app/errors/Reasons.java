package dev.gocon.app.errors;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why a file operation failed, in the plain words of an error line: "permission denied", "no such
 * file or folder", "is a folder", "not valid UTF-8". The exception's class name never shows.
 */
public final class Reasons {

    private Reasons() {
    }

    /** The reason of {@code e} (or of the I/O failure it wraps), in a few lowercase words. */
    public static String of(Throwable e) {
        Throwable t = e;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        return switch (t) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such file or folder";
            case NotDirectoryException n -> "not a folder";
            case FileAlreadyExistsException f -> "it exists already";
            case CharacterCodingException c -> "not valid UTF-8 text";
            case ReadOnlyFileSystemException r -> "the file system is read-only";
            case FileSystemException f when f.getReason() != null -> plain(f.getReason());
            case FileNotFoundException f when systemReason(f.getMessage()) != null ->
                    plain(systemReason(f.getMessage()));
            default -> t.getMessage() == null || t.getMessage().isBlank()
                    ? t.getClass().getSimpleName() : plain(t.getMessage().lines().findFirst().orElse(""));
        };
    }

    /*
     * The operating system's reason that java.io puts in parentheses after the path
     * ("notes.txt (Is a directory)"), or null if the message has none.
     */
    private static String systemReason(String message) {
        if (message == null || !message.endsWith(")") || !message.contains(" (")) {
            return null;
        }
        return message.substring(message.lastIndexOf(" (") + 2, message.length() - 1);
    }

    /* The operating system's wording ("Is a directory"), in the course's words. */
    private static String plain(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("is a directory")) {
            return "is a folder";
        }
        if (lower.contains("not a directory")) {
            return "not a folder";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("no such file")) {
            return "no such file or folder";
        }
        if (lower.contains("no space left")) {
            return "no space left on the disk";
        }
        return lower;
    }
}
