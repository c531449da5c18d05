package dev.gocon.app.record;

import dev.gocon.app.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An asciicast v2 recording read into memory: its header and its events, checked line by line.
 *
 * @param width  the terminal's columns when recording started
 * @param height the terminal's rows when recording started
 * @param events every event, in file order; times never decrease
 */
public record CastFile(int width, int height, List<Event> events) {

    /**
     * One event of the recording.
     *
     * @param time seconds since the recording started
     * @param type {@code "o"} for output, {@code "i"} input, {@code "r"} resize, {@code "m"} marker
     * @param data the event's text
     */
    public record Event(double time, String type, String data) {
    }

    /** A file that is not a valid asciicast v2 recording; the message names the line. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message);
        }
    }

    /** Reads and checks the file at {@code path}. */
    public static CastFile read(Path path) throws IOException, FormatException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    /** Parses a recording's text. */
    public static CastFile parse(String text) throws FormatException {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new FormatException("line 1: the asciicast header is missing");
        }
        Map<?, ?> header;
        try {
            if (!(Json.parse(lines.getFirst()) instanceof Map<?, ?> map)) {
                throw new FormatException("line 1: the header must be a JSON object");
            }
            header = map;
        } catch (Json.MalformedException e) {
            throw new FormatException("line 1: " + e.getMessage());
        }
        if (!(decimal(header.get("version")) instanceof BigDecimal version) || version.intValue() != 2) {
            throw new FormatException("line 1: only asciicast version 2 is supported");
        }
        int width = size(header, "width");
        int height = size(header, "height");
        List<Event> events = new ArrayList<>();
        double last = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Event event = event(line, i + 1);
            if (event.time() < last) {
                throw new FormatException("line " + (i + 1) + ": time goes backwards");
            }
            last = event.time();
            events.add(event);
        }
        return new CastFile(width, height, List.copyOf(events));
    }

    private static int size(Map<?, ?> header, String key) throws FormatException {
        if (decimal(header.get(key)) instanceof BigDecimal n && n.signum() > 0) {
            return n.intValue();
        }
        throw new FormatException("line 1: the header needs a positive \"" + key + "\"");
    }

    /** A JSON number as a {@code BigDecimal} (integers parse as {@code Long}), else {@code null}. */
    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case Long n -> BigDecimal.valueOf(n);
            case BigDecimal n -> n;
            case null, default -> null;
        };
    }

    private static Event event(String line, int number) throws FormatException {
        Object value;
        try {
            value = Json.parse(line);
        } catch (Json.MalformedException e) {
            throw new FormatException("line " + number + ": " + e.getMessage());
        }
        if (value instanceof List<?> list && list.size() == 3
                && decimal(list.get(0)) instanceof BigDecimal time && time.signum() >= 0
                && list.get(1) instanceof String type && list.get(2) instanceof String data) {
            return new Event(time.doubleValue(), type, data);
        }
        throw new FormatException("line " + number + ": an event must be [time, \"type\", \"data\"]");
    }

    /** Everything the recording wrote to the terminal, in order: the {@code "o"} events joined. */
    public String output() {
        StringBuilder out = new StringBuilder();
        for (Event e : events) {
            if (e.type().equals("o")) {
                out.append(e.data());
            }
        }
        return out.toString();
    }
}
