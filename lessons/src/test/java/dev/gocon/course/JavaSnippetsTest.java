package dev.gocon.course;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gocon.course.catalog.Catalog;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@code ```java} block of every lesson compiles against the runtime, in-process with the
 * system Java compiler and the test's class path. A block is a whole compilation unit: imports and
 * one public class (no package), whose name gives the file name.
 */
class JavaSnippetsTest {

    private static final Pattern PUBLIC_CLASS =
            Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");

    @TestFactory
    @Timeout(120)
    Stream<DynamicTest> everyJavaBlockCompiles() {
        return LessonText.lessonsToCheck().stream().flatMap(lesson -> LessonText.of(lesson).blocks("java")
                .stream().map(block -> dynamicTest(block.label(lesson.id()), () -> {
                    Assumptions.assumeTrue(runtimePresent(),
                            "dev.gocon.go.Go is not on the class path yet: nothing to compile against");
                    String problems = compile(block.code());
                    assertTrue(problems.isEmpty(),
                            () -> block.label(lesson.id()) + " does not compile:\n" + problems);
                })));
    }

    static boolean runtimePresent() {
        try {
            Class.forName("dev.gocon.go.Go");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Compiles one compilation unit; returns the errors, or "" when it compiled. */
    static String compile(String code) throws IOException {
        Matcher m = PUBLIC_CLASS.matcher(code);
        assertTrue(m.find(), "no public class in the block");
        String className = m.group(1);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        File out = java.nio.file.Files.createTempDirectory("gocon-javac").toFile();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                null)) {
            JavaFileObject source = new SimpleJavaFileObject(
                    URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            };
            List<String> options = List.of("-classpath", classPath(), "-d", out.getPath(),
                    "-proc:none", "-Xlint:all", "-Werror");
            StringWriter log = new StringWriter();
            boolean ok = javac.getTask(log, files, diagnostics, options, null, List.of(source))
                    .call();
            if (ok) {
                return "";
            }
            return diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR
                            || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")) + log;
        }
    }

    /**
     * The class path the snippets compile against: the test JVM's own, plus the folder or jar
     * holding the runtime (Surefire may hide the real class path behind a manifest-only jar).
     */
    static String classPath() {
        String own = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        try {
            File runtime = new File(Catalog.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return own + File.pathSeparator + runtime.getPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
