package org.nashir.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.nashir.search.arabic.ArabicAnalysis;

/**
 * The one-letter proclitics ب ل ف ك before a word without ال: بشؤون is "with affairs", لمسؤولين "to officials",
 * but بيروت, فريق and لجنة are words of their own, and ريق (saliva) and جنة (paradise) are not what they mean.
 * The chain cannot tell them apart; the index can, by how often each reading occurs: a clitic form is rarer
 * than the word it is put before, a word of its own is not. Measured in docs/decisions/0003-arabic-search.md.
 * (ال after a clitic, and و, are the chain's: it strips the first and indexes both readings of the second.)
 */
final class Clitics {

    static final String LETTERS = "بل";
    /** What is left after a clitic has three letters at least: ب + ن is not "with" anything. */
    private static final int MIN_WORD = 3;

    private final Analyzer stemmed;

    Clitics(Analyzer stemmed) {
        this.stemmed = stemmed;
    }

    /** The word as the reader meant it: without its clitic when the index knows that reading better. */
    String word(String typed, Vocabulary vocabulary) {
        if (!hasClitic(typed)) {
            return typed;
        }
        String rest = typed.substring(1);
        return vocabulary.stories(typed) * Vocabulary.COMMONER < vocabulary.stories(rest) ? rest : typed;
    }

    /**
     * The word and the clitic forms of it that the index holds, each rarer than the word itself, and each stemmed
     * as the clitic before the word's stem: the chain reads لليبيا as ل + ال + يبيا, and that is another word.
     */
    List<String> forms(String word, Vocabulary vocabulary) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        String stem = stem(word);
        if (!takesClitic(word) || stem == null) {
            return forms;
        }
        long alone = vocabulary.stories(word);
        for (char letter : LETTERS.toCharArray()) {
            String form = letter + word;
            if ((letter + stem).equals(stem(form))) {
                long stories = vocabulary.stories(form);
                if (stories > 0 && stories * Vocabulary.COMMONER <= alone) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private String stem(String word) {
        List<String> terms = ArabicAnalysis.terms(stemmed, word);
        return terms.isEmpty() ? null : terms.get(0);
    }

    private static boolean hasClitic(String word) {
        return word.length() > MIN_WORD && LETTERS.indexOf(word.charAt(0)) >= 0 && takesClitic(word)
                && takesClitic(word.substring(1)) && !ArabicAnalysis.protectedNames().contains(word);
    }

    /** A word a clitic may stand before: Arabic, long enough, and without an ال the chain already strips. */
    private static boolean takesClitic(String word) {
        return word.length() >= MIN_WORD && word.charAt(0) >= '\u0621' && word.charAt(0) <= '\u064A'
                && !word.startsWith("ال") && !word.startsWith("لل");
    }
}
