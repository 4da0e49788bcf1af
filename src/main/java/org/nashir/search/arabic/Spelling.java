package org.nashir.search.arabic;

import java.util.Map;

/**
 * «هل تقصد»: the word of the index nearest to a word it does not have, by an edit distance whose costs know
 * Arabic. Letters that sound alike or differ by their dots (س ص, ج ح خ, ذ ز ظ), the ta marbuta and its
 * neighbours, a hamza and the letters that carry it (الجزاير for الجزائر), and the long vowels a transliterated
 * name gains or loses (ماكرن, ماكرون) cost half an edit; other letters one. The words compared are folded, so
 * أ, إ and آ are already ا, and ى is ي.
 */
public final class Spelling {

    /** Letters any two of which are a near miss. */
    private static final String[] NEAR = {"ةهت", "ءاوي", "ءع", "اع", "سصث", "سش", "صض", "دضذظز", "طتظ", "جحخ", "عغ",
        "فق", "قك", "رز", "حه"};
    private static final String LONG_VOWELS = "اوي";
    private static final double NEAR_MISS = 0.5;

    private Spelling() {
    }

    /**
     * The closest of the candidates (folded words with their story counts), the commonest among equals; null
     * when none is close enough: half an edit per three letters, at most one and a half.
     */
    public static String nearest(String word, Map<String, Long> candidates) {
        double allowed = Math.min(1.5, Math.max(0.5, word.length() / 3 * NEAR_MISS));
        String best = null;
        double bestCost = Double.MAX_VALUE;
        long bestStories = 0;
        for (Map.Entry<String, Long> candidate : candidates.entrySet()) {
            String other = candidate.getKey();
            if (other.equals(word)) {
                continue;
            }
            double cost = distance(word, other);
            if (cost <= allowed && (cost < bestCost || cost == bestCost && candidate.getValue() > bestStories)) {
                best = other;
                bestCost = cost;
                bestStories = candidate.getValue();
            }
        }
        return best;
    }

    /** Damerau-Levenshtein (adjacent transpositions) with the costs above. */
    public static double distance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = d[i - 1][0] + indel(a.charAt(i - 1));
        }
        for (int j = 1; j <= b.length(); j++) {
            d[0][j] = d[0][j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double best = Math.min(d[i - 1][j] + indel(x), d[i][j - 1] + indel(y));
                best = Math.min(best, d[i - 1][j - 1] + substitution(x, y));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static double indel(char c) {
        return LONG_VOWELS.indexOf(c) >= 0 ? NEAR_MISS : 1;
    }

    private static double substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        for (String near : NEAR) {
            if (near.indexOf(x) >= 0 && near.indexOf(y) >= 0) {
                return NEAR_MISS;
            }
        }
        return 1;
    }
}
