package dev.gocon.app.cli;

import java.util.List;

/**
 * Narrows picocli's "did you mean" candidates to the closest ones, so that {@code kitchns} suggests
 * {@code kitchens} and not every lesson that shares a few letters with it.
 */
final class Suggestions {

    private Suggestions() {
    }

    /** The candidates nearest to {@code typed} by edit distance, if they are near enough to be a typo. */
    static List<String> closest(String typed, List<String> candidates) {
        int best = candidates.stream().mapToInt(c -> distance(typed, c)).min().orElse(Integer.MAX_VALUE);
        int nearEnough = Math.max(2, typed.length() / 3);
        if (best > nearEnough) {
            return List.of();
        }
        return candidates.stream().filter(c -> distance(typed, c) == best).distinct().toList();
    }

    /** The Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
