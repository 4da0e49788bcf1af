package org.nashir.search.arabic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The newsroom's variant spellings (ترمب → ترامب, أميرك… → أمريك…), folded like the index folds text.
 * A whole-word rule replaces a word; a beginning rule replaces the start of any word that begins with it,
 * so one rule covers أميركا, الأميركية and أميركيون; a phrase rule replaces several words with one
 * (كانون الثاني → يناير). Clitics in front (و، ب، ل، ف، ك، ال) are kept.
 */
public final class VariantRules {

    public static final VariantRules NONE = new VariantRules(Map.of(), List.of(), Map.of());

    private static final String[] CLITICS = {"وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك"};

    private final Map<String, String> words;
    private final List<String[]> beginnings;
    /** Phrase rules by their first word, the longest first. */
    private final Map<String, List<Phrase>> phrases;
    /** The letters rules start with: a word whose rest after a clitic starts otherwise needs no lookup. */
    private final Set<Character> firstLetters = new HashSet<>();

    private VariantRules(Map<String, String> words, List<String[]> beginnings, Map<String, List<Phrase>> phrases) {
        this.words = words;
        this.beginnings = beginnings;
        this.phrases = phrases;
        words.keySet().forEach(w -> firstLetters.add(w.charAt(0)));
        beginnings.forEach(b -> firstLetters.add(b[0].charAt(0)));
    }

    /** One rule as editors write it; both sides are folded by the exact analyzer first. */
    public record Rule(String variant, String canonical, boolean beginning) {
    }

    /** The words of a phrase rule after its first, and the word they all become. */
    record Phrase(List<String> rest, String canonical) {
    }

    /** Where a phrase rule may start: the clitic in front of its first word ("" for none), its phrases. */
    record Opening(String clitic, List<Phrase> phrases) {
    }

    public static VariantRules of(List<Rule> rules) {
        var exact = ArabicAnalysis.exact();
        Map<String, String> words = new HashMap<>();
        List<String[]> beginnings = new ArrayList<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (Rule rule : rules) {
            List<String> variantWords = ArabicAnalysis.terms(exact, rule.variant());
            String variant = String.join("", variantWords);
            String canonical = String.join("", ArabicAnalysis.terms(exact, rule.canonical()));
            boolean phrase = variantWords.size() > 1 && !rule.beginning();
            // فيس بوك = فيسبوك: a phrase may be its canonical word written apart, and still rewrites
            if (canonical.isEmpty() || variant.isEmpty() || (!phrase && variant.equals(canonical))) {
                continue;
            }
            if (phrase) {
                phrases.computeIfAbsent(variantWords.get(0), first -> new ArrayList<>())
                        .add(new Phrase(List.copyOf(variantWords.subList(1, variantWords.size())), canonical));
            } else if (rule.beginning()) {
                beginnings.add(new String[] {variant, canonical});
            } else {
                words.put(variant, canonical);
            }
        }
        // the longest beginning wins when two overlap
        beginnings.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        phrases.replaceAll((first, list) -> list.stream()
                .sorted(Comparator.comparingInt((Phrase phrase) -> phrase.rest().size()).reversed()).toList());
        return new VariantRules(Map.copyOf(words), List.copyOf(beginnings), Map.copyOf(phrases));
    }

    /** The phrase rules that may start at this word, bare or after a clitic; null when none. */
    Opening opening(String word) {
        if (phrases.isEmpty()) {
            return null;
        }
        return afterClitic(word, (clitic, rest) -> {
            List<Phrase> found = phrases.get(rest);
            return found == null ? null : new Opening(clitic, found);
        });
    }

    /** The word with its variant replaced, or null when no rule applies. */
    String rewrite(String word) {
        return afterClitic(word, (clitic, rest) -> {
            if (!clitic.isEmpty() && !firstLetters.contains(rest.charAt(0))) {
                return null;
            }
            String rewritten = apply(rest);
            return rewritten == null ? null : clitic + rewritten;
        });
    }

    /**
     * What {@code read} makes of the word as it stands, or else of its rest after the first clitic that gives
     * something (clitic and rest; the clitic "" for the whole word); null when nothing does.
     */
    private static <T> T afterClitic(String word, BiFunction<String, String, T> read) {
        if (word.isEmpty()) {
            return null; // a token of tatweel or diacritics alone is empty once folded
        }
        T whole = read.apply("", word);
        if (whole != null) {
            return whole;
        }
        char first = word.charAt(0);
        if (first != 'و' && first != 'ب' && first != 'ل' && first != 'ف' && first != 'ك' && first != 'ا') {
            return null;
        }
        for (String clitic : CLITICS) {
            if (word.length() > clitic.length() + 1 && word.startsWith(clitic)) {
                T found = read.apply(clitic, word.substring(clitic.length()));
                if (found != null) {
                    return found;
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
        return words.isEmpty() && beginnings.isEmpty() && phrases.isEmpty();
    }
}
