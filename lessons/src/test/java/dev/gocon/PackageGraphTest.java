package dev.gocon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that no package of the lessons module depends on itself through other packages:
 * the runtime ({@code dev.gocon.go}) uses the schedulers ({@code dev.gocon.sched}), which use only
 * the trace events ({@code dev.gocon.trace}); the course catalog uses the lessons, which use the
 * course's model and the exercise kinds, never the reverse.
 *
 * <p>Dependencies are read from the {@code import} statements of {@code src/main/java} (the code
 * base never names another gocon package by its full name in code).
 */
class PackageGraphTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;",
            Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> graph = graph(Path.of("src/main/java"));
        assertTrue(graph.containsKey("dev.gocon.go") && graph.containsKey("dev.gocon.course.channels"),
                () -> "not the lessons module's sources: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles");
    }

    @Test
    void theSchedulersUseOnlyTheTraceEventsAndTheTraceNothing() throws IOException {
        Map<String, Set<String>> graph = graph(Path.of("src/main/java"));
        assertEquals(Set.of("dev.gocon.trace"), graph.get("dev.gocon.sched"));
        assertEquals(Set.of(), graph.get("dev.gocon.trace"));
    }

    @Test
    void aCycleIsFoundWhateverItsLength() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of(), "e", Set.of("e2"),
                "e2", Set.of("e")));
        assertEquals(List.of("a -> b -> c -> a", "e -> e2 -> e"), cycles(graph));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    @Test
    void importsNameThePackageNotTheClass() {
        assertEquals("dev.gocon.go", packageOf("dev.gocon.go.RunReport.Outcome"));
        assertEquals("dev.gocon.go", packageOf("dev.gocon.go.Go.go"));
        assertEquals("dev.gocon.course.exercise", packageOf("dev.gocon.course.exercise"));
    }

    /** Each gocon package of {@code root} and the other gocon packages it imports. */
    private static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher p = PACKAGE.matcher(source);
                if (!p.find()) {
                    continue;
                }
                String from = p.group(1);
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = packageOf(m.group(1));
                    if (imported.startsWith("dev.gocon.") && !imported.equals(from)) {
                        to.add(imported);
                    }
                }
            }
        }
        return graph;
    }

    /** The leading lower-case segments of an imported name: its package. */
    private static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    /** One cycle per strongly connected group, as a path from its first package back to it. */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (reported.contains(start)) {
                continue;
            }
            List<String> path = pathBack(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                reported.addAll(path);
                found.add(String.join(" -> ", path));
            }
        }
        return found;
    }

    /** A path from {@code at} back to {@code start}, depth first in name order, or null. */
    private static List<String> pathBack(Map<String, Set<String>> graph, String start, String at,
                                         List<String> path, Set<String> seen) {
        for (String next : new TreeSet<>(graph.getOrDefault(at, Set.of()))) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = pathBack(graph, start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
