package org.nashir.search.arabic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom's variant spellings (ترمب → ترامب, أميرك… → أمريك…), folded like the index folds text.
 * A whole-word rule replaces a word; a beginning rule replaces the start of any word that begins with it,
 * so one rule covers أميركا, الأميركية and أميركيون. Clitics in front (و، ب، ل، ف، ك، ال) are kept.
 */
public final class VariantRules {

    public static final VariantRules NONE = new VariantRules(Map.of(), List.of());

    private static final String[] CLITICS = {"وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك"};

    private final Map<String, String> words;
    private final List<String[]> beginnings;
    /** The letters rules start with: a word whose rest after a clitic starts otherwise needs no lookup. */
    private final Set<Character> firstLetters = new HashSet<>();

    private VariantRules(Map<String, String> words, List<String[]> beginnings) {
        this.words = words;
        this.beginnings = beginnings;
        words.keySet().forEach(w -> firstLetters.add(w.charAt(0)));
        beginnings.forEach(b -> firstLetters.add(b[0].charAt(0)));
    }

    /** One rule as editors write it; both sides are folded by the exact analyzer first. */
    public record Rule(String variant, String canonical, boolean beginning) {
    }

    public static VariantRules of(List<Rule> rules) {
        var exact = ArabicAnalysis.exact();
        Map<String, String> words = new HashMap<>();
        List<String[]> beginnings = new ArrayList<>();
        for (Rule rule : rules) {
            String variant = String.join("", ArabicAnalysis.terms(exact, rule.variant()));
            String canonical = String.join("", ArabicAnalysis.terms(exact, rule.canonical()));
            if (variant.isEmpty() || canonical.isEmpty() || variant.equals(canonical)) {
                continue;
            }
            if (rule.beginning()) {
                beginnings.add(new String[] {variant, canonical});
            } else {
                words.put(variant, canonical);
            }
        }
        // the longest beginning wins when two overlap
        beginnings.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        return new VariantRules(Map.copyOf(words), List.copyOf(beginnings));
    }

    /** The word with its variant replaced, or null when no rule applies. */
    String rewrite(String word) {
        if (word.isEmpty()) {
            return null; // a token of tatweel or diacritics alone is empty once folded
        }
        String whole = apply(word);
        if (whole != null) {
            return whole;
        }
        char first = word.charAt(0);
        if (first != 'و' && first != 'ب' && first != 'ل' && first != 'ف' && first != 'ك' && first != 'ا') {
            return null;
        }
        for (String clitic : CLITICS) {
            if (word.length() > clitic.length() + 1 && word.startsWith(clitic)
                    && firstLetters.contains(word.charAt(clitic.length()))) {
                String rest = apply(word.substring(clitic.length()));
                if (rest != null) {
                    return clitic + rest;
                }
            }
        }
        return null;
    }

    private String apply(String word) {
        String canonical = words.get(word);
        if (canonical != null) {
            return canonical;
        }
        for (String[] rule : beginnings) {
            if (word.startsWith(rule[0])) {
                return rule[1] + word.substring(rule[0].length());
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return words.isEmpty() && beginnings.isEmpty();
    }
}
