package dev.gocon.app.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the learner's file in this JVM with {@code javax.tools}, against gocon's own classpath,
 * and reports each error as javac does: {@code Counter.java:12: ';' expected}, naming the learner's
 * file as they know it, then the line itself and a caret under the place.
 */
public final class LearnerCompiler {

    private final String classpath;

    /** A compiler that resolves the learner's imports against this classpath. */
    public LearnerCompiler(String classpath) {
        this.classpath = classpath;
    }

    /* The source line and a caret under the column (tabs kept, so that the caret lines up), if known. */
    private static List<String> caret(Path source, long line, long column) {
        if (line <= 0 || column <= 0) {
            return List.of();
        }
        try (var all = Files.lines(source, StandardCharsets.UTF_8)) {
            String text = all.skip(line - 1).findFirst().orElse(null);
            if (text == null || column > text.length() + 1) {
                return List.of();
            }
            StringBuilder pad = new StringBuilder();
            for (int i = 0; i < column - 1; i++) {
                pad.append(text.charAt(i) == '\t' ? '\t' : ' ');
            }
            return List.of(text, pad + "^");
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * Compiles {@code source} into {@code classes}. Returns empty on success, or the diagnostics.
     */
    public List<String> compile(Path source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return List.of("gocon runs on a Java runtime without a compiler; run it with a JDK 25.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-cp", classpath, "-proc:none",
                    "-implicit:none", "-encoding", "UTF-8", "-Xlint:none", "-nowarn");
            Boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source)).call();
            if (Boolean.TRUE.equals(ok)) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String where = d.getSource() == null ? source.getFileName().toString()
                    : Path.of(d.getSource().toUri()).getFileName().toString();
            String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("error");
            lines.add(where + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": " + message);
            lines.addAll(caret(source, d.getLineNumber(), d.getColumnNumber()));
        }
        return lines.isEmpty() ? List.of(source.getFileName() + ": does not compile") : lines;
    }
}
