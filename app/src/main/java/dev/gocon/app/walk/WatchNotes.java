package dev.gocon.app.walk;

import dev.gocon.app.present.Slide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to watch in each demo, as the lesson says it: the list item of a "What to watch" section that
 * names the demo ({@code - `--demo rendezvous`: main blocks on pass ...}). The walk shows it above the
 * demo's lanes, wherever the demo runs, so that the learner knows what to look for while it moves.
 *
 * <p>A lesson written another way simply has no notes: the demo runs without one.
 */
final class WatchNotes {

    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}[-*+] ");
    private static final Pattern DEMO = Pattern.compile("--demo[ =]([A-Za-z0-9][A-Za-z0-9_-]*)");

    private final Map<String, String> notes;

    private WatchNotes(Map<String, String> notes) {
        this.notes = Map.copyOf(notes);
    }

    /** The notes found in the sections headed "What to watch ...". */
    static WatchNotes of(List<Slide> sections) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Slide section : sections) {
            if (!section.heading().toLowerCase(Locale.ROOT).startsWith("what to watch")) {
                continue;
            }
            StringBuilder item = null;
            for (String line : String.join("\n\n", section.steps()).split("\n")) {
                if (ITEM.matcher(line).find()) {
                    keep(item, notes);
                    item = new StringBuilder(ITEM.matcher(line).replaceFirst(""));
                } else if (item != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                    item.append(' ').append(line.strip());
                } else {
                    keep(item, notes);
                    item = null;
                }
            }
            keep(item, notes);
        }
        return new WatchNotes(notes);
    }

    private static void keep(StringBuilder item, Map<String, String> notes) {
        if (item == null) {
            return;
        }
        Matcher demo = DEMO.matcher(item);
        if (demo.find()) {
            notes.putIfAbsent(demo.group(1), item.toString());
        }
    }

    /** The note on {@code demo}, in Markdown, if the lesson has one. */
    Optional<String> on(String demo) {
        return Optional.ofNullable(notes.get(demo));
    }
}
