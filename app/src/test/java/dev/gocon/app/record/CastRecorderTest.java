package dev.gocon.app.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CastRecorderTest {

    private final AtomicLong nanos = new AtomicLong();

    private CastRecorder recorder(StringWriter file) throws IOException {
        return new CastRecorder(file, 100, 30, 1_700_000_000L, Map.of("TERM", "xterm-256color"), nanos::get);
    }

    @Test
    void writesAHeaderAndOneEventPerWriteWithItsTime() throws Exception {
        StringWriter file = new StringWriter();
        try (CastRecorder cast = recorder(file)) {
            cast.write("hello".getBytes(StandardCharsets.UTF_8));
            nanos.addAndGet(1_500_000_000L);
            cast.write("\033[1mbold\033[0m\r\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = file.toString().lines().toList();
        assertEquals("{\"version\": 2, \"width\": 100, \"height\": 30, \"timestamp\": 1700000000, "
                + "\"env\": {\"TERM\": \"xterm-256color\"}}", lines.get(0));
        assertEquals("[0.000000, \"o\", \"hello\"]", lines.get(1));
        assertEquals("[1.500000, \"o\", \"\\u001b[1mbold\\u001b[0m\\r\\n\"]", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void replaysTheRecordedBytesByteForByte() throws Exception {
        String[] pieces = {"plain ", "\"quoted\" and \\back\\slash ", "\ttab\u0000nul\u007fdel\b\f ",
                "ünïcödé · ━━ ▎ 🍰 ", "\033[?1049h\033[3;5H\033[38;5;14mcolour\033[K", "\u2028\u2029 end\n"};
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        StringWriter file = new StringWriter();
        try (CastRecorder cast = recorder(file)) {
            TeeOutputStream tee = new TeeOutputStream(terminal, cast);
            for (String piece : pieces) {
                byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
                // Split every piece in the middle, even inside a multi-byte character.
                tee.write(bytes, 0, bytes.length / 2);
                nanos.addAndGet(1_000);
                tee.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                nanos.addAndGet(250_000_000L);
            }
        }
        CastFile cast = CastFile.parse(file.toString());
        assertEquals(100, cast.width());
        assertEquals(30, cast.height());
        double last = 0;
        for (CastFile.Event event : cast.events()) {
            assertTrue(event.time() >= last, "times never decrease");
            last = event.time();
        }
        assertEquals(terminal.toString(StandardCharsets.UTF_8), cast.output());
        assertTrue(file.toString().lines().skip(1).allMatch(l -> l.chars().allMatch(c -> c >= 0x20)),
                "every event is one line with no raw control characters");
    }

    @Test
    void playsWithScaledTimingAndCappedWaits() throws Exception {
        CastFile cast = CastFile.parse("""
                {"version": 2, "width": 80, "height": 24}
                [0.5, "o", "a"]
                [1.5, "o", "b"]
                [1.5, "i", "ignored input"]
                [31.5, "o", "c"]
                """);
        List<Long> waits = new ArrayList<>();
        StringWriter out = new StringWriter();
        new CastPlayer(2, 5, waits::add).play(cast, out);
        assertEquals("abc", out.toString());
        assertEquals(List.of(250_000_000L, 500_000_000L, 5_000_000_000L), waits);

        waits.clear();
        new CastPlayer(0, 0, waits::add).play(cast, new StringWriter());
        assertEquals(List.of(), waits, "speed 0 does not wait");
    }

    @Test
    void malformedFilesNameTheLine() {
        assertEquals("line 1: the asciicast header is missing", message(""));
        assertEquals("line 1: only asciicast version 2 is supported", message("{\"version\": 1, \"width\": 8, \"height\": 2}"));
        assertEquals("line 1: the header needs a positive \"width\"", message("{\"version\": 2, \"height\": 2}"));
        assertEquals("line 2: an event must be [time, \"type\", \"data\"]",
                message("{\"version\": 2, \"width\": 8, \"height\": 2}\n[1, \"o\"]"));
        assertEquals("line 3: time goes backwards",
                message("{\"version\": 2, \"width\": 8, \"height\": 2}\n[2, \"o\", \"a\"]\n[1, \"o\", \"b\"]"));
        assertTrue(message("{\"version\": 2, \"width\": 8, \"height\": 2}\n[1, \"o\", \"a]").startsWith("line 2: "));
    }

    private static String message(String text) {
        return assertThrows(CastFile.FormatException.class, () -> CastFile.parse(text)).getMessage();
    }
}
