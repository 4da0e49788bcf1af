package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules;

/** The one-letter clitics, decided by a vocabulary with the ANT corpus's story counts of each word. */
class CliticsTests {

    private static final Analyzer STEMMED = ArabicAnalysis.stemmed(() -> VariantRules.of(V26__SeedRegionalNames.DEFAULTS));
    private static final Clitics CLITICS = new Clitics(STEMMED);
    private static final Map<String, Long> ANT = Map.ofEntries(
            Map.entry("شءون", 506L), Map.entry("لشءون", 22L), Map.entry("بشءون", 5L),
            Map.entry("بسام", 18L), Map.entry("سام", 188L),
            Map.entry("فريق", 765L), Map.entry("ريق", 0L), Map.entry("بريق", 21L), Map.entry("لفريق", 52L),
            Map.entry("لجنه", 504L), Map.entry("جنه", 89L), Map.entry("بجنه", 2L),
            Map.entry("مصر", 361L), Map.entry("بمصر", 7L), Map.entry("لمصر", 4L),
            Map.entry("ليبيا", 486L), Map.entry("لليبيا", 13L));
    private static final Vocabulary KNOWN = word -> ANT.getOrDefault(word, 0L);

    @Test
    void readsAWordWithoutItsCliticWhenTheIndexKnowsItFarBetter() {
        assertThat(CLITICS.word("لشءون", KNOWN)).isEqualTo("شءون");
        assertThat(CLITICS.word("بمصر", KNOWN)).isEqualTo("مصر");
    }

    @Test
    void keepsAWordWhoseFirstLetterOnlyLooksLikeAClitic() {
        // a name a tenth as common as what its letters would leave
        assertThat(CLITICS.word("بسام", KNOWN)).isEqualTo("بسام");
        assertThat(CLITICS.word("فريق", KNOWN)).isEqualTo("فريق");
        assertThat(CLITICS.word("لجنه", KNOWN)).isEqualTo("لجنه");
        // ب + ن is not "with" anything, and لبنان is a protected name
        assertThat(CLITICS.word("لبن", KNOWN)).isEqualTo("لبن");
        assertThat(CLITICS.word("لبنان", word -> 1_000)).isEqualTo("لبنان");
    }

    @Test
    void looksForTheCliticFormsTheIndexHoldsAsRarerThanTheWord() {
        assertThat(CLITICS.forms("شءون", KNOWN)).containsExactly("شءون", "بشءون", "لشءون");
        assertThat(CLITICS.forms("مصر", KNOWN)).containsExactly("مصر", "بمصر", "لمصر");
        // فريق is not ف + ريق, لجنة not ل + جنة
        assertThat(CLITICS.forms("ريق", KNOWN)).containsExactly("ريق");
        assertThat(CLITICS.forms("جنه", KNOWN)).containsExactly("جنه", "بجنه");
        // the chain reads لليبيا as ل + ال + يبيا: another stem, so not a form of ليبيا
        assertThat(CLITICS.forms("ليبيا", KNOWN)).containsExactly("ليبيا");
    }

    @Test
    void changesNothingWithoutAVocabulary() {
        assertThat(CLITICS.word("لشءون", Vocabulary.NONE)).isEqualTo("لشءون");
        assertThat(CLITICS.forms("شءون", Vocabulary.NONE)).containsExactly("شءون");
    }
}
