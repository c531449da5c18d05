package dev.gocon.app.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REPL's own words, in the manner of rustlings' keys: what a line means before the command tree
 * sees it.
 *
 * <p>Most short keys are picocli aliases of their command ({@code l} is {@code list}, {@code n} is
 * {@code next}, {@code h} is {@code hint}, {@code c} is {@code check}, {@code x} is {@code reset}), so
 * they work from the shell too. This class adds the ones that only make sense at the prompt:
 * {@code q}, {@code quit} and {@code exit} leave; {@code clear} clears the screen (as Ctrl-L does);
 * {@code r} runs the last lesson again (or the lesson of the current exercise);
 * {@code help} and {@code ?} print the usage.
 */
public final class Aliases {

    private static final Map<String, List<String>> EXPANSIONS = Map.of(
            "help", List.of("--help"),
            "?", List.of("--help"));

    private Aliases() {
    }

    /** True if the line asks to leave the REPL. */
    public static boolean isQuit(List<String> words) {
        return words.size() == 1 && switch (words.getFirst()) {
            case "q", "quit", "exit" -> true;
            default -> false;
        };
    }

    /** True if the line asks to clear the screen. */
    public static boolean isClear(List<String> words) {
        return words.size() == 1 && words.getFirst().equals("clear");
    }

    /**
     * The words to give the command tree: the line with its first word expanded. {@code r} becomes
     * {@code lesson <current>} when a lesson is current, and is left alone otherwise (so that it is
     * reported as unknown, with picocli's suggestions).
     */
    public static List<String> expand(List<String> words, Optional<String> currentLesson) {
        if (words.isEmpty()) {
            return words;
        }
        String first = words.getFirst();
        List<String> head = EXPANSIONS.get(first);
        if (head == null && first.equals("r") && currentLesson.isPresent()) {
            head = List.of("lesson", currentLesson.get());
        }
        if (head == null) {
            return words;
        }
        List<String> expanded = new ArrayList<>(head);
        expanded.addAll(words.subList(1, words.size()));
        return expanded;
    }
}
