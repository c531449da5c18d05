package dev.gocon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * No package of the app imports a package that imports it back, directly or through others: each
 * package can be read, and changed, knowing only the packages below it.
 *
 * <p>The graph is read from the sources: every {@code dev.gocon.app.*} type a file names outside a
 * comment (in an import or written out in full) is an edge from the file's package to that type's.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern APP_TYPE = Pattern.compile("\\b(dev\\.gocon\\.app(?:\\.[a-z_]\\w*)*)\\.[A-Z]");

    @Test
    void appPackagesHaveNoCycle() {
        Map<String, Set<String>> graph = graph(SOURCES);
        assertTrue(graph.size() > 10, "read the app's packages: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles");
    }

    @Test
    void aCycleThroughAThirdPackageIsFound() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"),
                "b", Set.of("c"),
                "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(List.of("a -> b -> c -> a"), cycles(graph));
    }

    @Test
    void commentsAndTheFilesOwnPackageAreNoEdges() {
        String source = """
                package dev.gocon.app.repl;

                import dev.gocon.app.term.Console;

                /** Unlike {@link dev.gocon.app.cli.GoconCommand}, ... */
                final class X { dev.gocon.app.repl.Y y; // see dev.gocon.app.run.Z
                }
                """;
        assertEquals(Set.of("dev.gocon.app.term"), edges(source));
    }

    /* Package -> the app packages its files name, itself left out. */
    private static Map<String, Set<String>> graph(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                Matcher pkg = PACKAGE.matcher(source);
                if (pkg.find()) {
                    graph.computeIfAbsent(pkg.group(1), p -> new TreeSet<>()).addAll(edges(source));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static Set<String> edges(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String own = pkg.find() ? pkg.group(1) : "";
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Set<String> to = new TreeSet<>();
        Matcher type = APP_TYPE.matcher(code);
        while (type.find()) {
            if (!type.group(1).equals(own)) {
                to.add(type.group(1));
            }
        }
        return to;
    }

    /* Every edge that closes a cycle, as the shortest path back ("a -> b -> a"), each cycle once. */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        Set<Set<String>> seen = new java.util.HashSet<>();
        List<String> cycles = new ArrayList<>();
        for (String from : new TreeSet<>(graph.keySet())) {
            for (String to : graph.getOrDefault(from, Set.of())) {
                List<String> back = path(graph, to, from);
                if (back != null && seen.add(Set.copyOf(back))) {
                    List<String> cycle = new ArrayList<>(List.of(from));
                    cycle.addAll(back);
                    cycles.add(String.join(" -> ", cycle));
                }
            }
        }
        return cycles;
    }

    /* The shortest path from {@code start} to {@code goal}, both included, or null if there is none. */
    private static List<String> path(Map<String, Set<String>> graph, String start, String goal) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String p = goal; !p.equals(start); p = cameFrom.get(p)) {
                    path.addFirst(p);
                }
                path.addFirst(start);
                return path;
            }
            for (String next : graph.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.addLast(next);
                }
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
