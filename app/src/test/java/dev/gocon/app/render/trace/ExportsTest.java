package dev.gocon.app.render.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gocon.app.json.Json;
import dev.gocon.trace.TraceEvent;
import dev.gocon.trace.TraceScript;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> chromeEvents(List<TraceEvent> events) throws Exception {
        StringWriter out = new StringWriter();
        ChromeTraceExport.write(events, out);
        Map<String, Object> root = (Map<String, Object>) Json.parse(out.toString());
        return (List<Map<String, Object>>) root.get("traceEvents");
    }

    /** A parsed JSON number ({@code Long} or {@code BigDecimal}) as a double. */
    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Set<String> threadNames(List<Map<String, Object>> events, int pid) {
        return events.stream()
                .filter(e -> "M".equals(e.get("ph")) && "thread_name".equals(e.get("name"))
                        && number(e.get("pid")) == pid)
                .map(e -> (String) ((Map<?, ?>) e.get("args")).get("name"))
                .collect(Collectors.toSet());
    }

    @Test
    void chromeJsonParsesWithOneTrackPerCarrierAndPerGoroutine() throws Exception {
        List<Map<String, Object>> events = chromeEvents(TraceScript.kitchen());
        assertEquals(Set.of("carrier-1", "carrier-2"), threadNames(events, ChromeTraceExport.CARRIERS_PID));
        assertEquals(Set.of("g1 main", "g2 waiter", "g3 chef-1", "g4 chef-2"),
                threadNames(events, ChromeTraceExport.GOROUTINES_PID));
        // Every slice has a non-negative duration and lies within the run.
        for (Map<String, Object> e : events) {
            if ("X".equals(e.get("ph"))) {
                double ts = number(e.get("ts"));
                double dur = number(e.get("dur"));
                assertTrue(ts >= 0 && dur >= 0 && ts + dur <= 900.0 + 1e-9, e.toString());
            }
        }
        assertTrue(events.stream().anyMatch(e -> "chan receive done".equals(e.get("name"))));
    }

    @Test
    void chromeJsonHasOneFlowPerSendReceivePair() throws Exception {
        List<TraceEvent> kitchen = TraceScript.kitchen();
        long pairs = kitchen.stream().filter(e -> e instanceof TraceEvent.Receive r && r.ok()).count();
        List<Map<String, Object>> events = chromeEvents(kitchen);
        Map<Double, String> starts = new HashMap<>();
        Map<Double, String> finishes = new HashMap<>();
        for (Map<String, Object> e : events) {
            if ("s".equals(e.get("ph"))) {
                assertEquals(null, starts.put(number(e.get("id")), "s"), "one start per id");
            } else if ("f".equals(e.get("ph"))) {
                assertEquals(null, finishes.put(number(e.get("id")), "f"), "one finish per id");
                assertEquals("e", e.get("bp"));
            }
        }
        assertEquals(5, pairs);
        assertEquals(pairs, finishes.size());
        assertEquals(starts.keySet(), finishes.keySet());
        // The flow from the waiter's send of "soup" lands on chef-1's track.
        Map<String, Object> soup = events.stream()
                .filter(e -> "f".equals(e.get("ph")) && number(e.get("id")) == 1.0).findFirst().orElseThrow();
        assertEquals(3.0, number(soup.get("tid")));
    }

    @Test
    void chromeJsonEscapesValues() throws Exception {
        TraceScript s = new TraceScript();
        TraceEvent.Who g = TraceScript.g(1, "ma\"in");
        s.send(g, "c", TraceScript.ref(1, "ch\\an"), "a\nb\u001b[31m", 1, 2);
        List<Map<String, Object>> events = chromeEvents(s.events());
        assertTrue(events.stream().anyMatch(e -> "send ch\\an".equals(e.get("name"))
                && "a\nb\u001b[31m".equals(((Map<?, ?>) e.get("args")).get("value"))));
    }

    @Test
    void svgAndHtmlAreSelfContainedPictures(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("k.svg");
        Path html = dir.resolve("k.html");
        TraceExports.write(svg, TraceScript.kitchen());
        TraceExports.write(html, TraceScript.kitchen());
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(picture.contains(">g3 chef-1</text>"));
        assertTrue(picture.contains(">blocked: receive</text>"), "legend");
        assertTrue(picture.contains("panic: burnt the cake"));
        assertFalse(picture.contains("href"), "no external resources");
        // Well-formed XML.
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(picture.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains(picture));
    }

    @Test
    void traceOutIsValidatedByExtension(@TempDir Path dir) {
        assertTrue(TraceOptions.validateTraceOut(dir.resolve("k.json")).isEmpty());
        assertTrue(TraceOptions.validateTraceOut(dir.resolve("k.SVG")).isEmpty());
        assertTrue(TraceOptions.validateTraceOut(dir.resolve("k.html")).isEmpty());
        String message = TraceOptions.validateTraceOut(dir.resolve("k.txt")).orElseThrow();
        assertFalse(message.contains("\n"));
        assertTrue(message.contains(".json"), message);
        assertTrue(TraceOptions.validateTraceOut(dir.resolve("missing/k.json")).isPresent());
        assertTrue(TraceOptions.validateTraceOut(dir).isPresent());
    }
}
