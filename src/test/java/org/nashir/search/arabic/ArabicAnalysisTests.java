package org.nashir.search.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.nashir.search.V5__SeedSearchVariants;

/** Every pair of src/test/resources/arabic/search-pairs.tsv through the chain the index uses. */
class ArabicAnalysisTests {

    private static final Analyzer STEMMED = ArabicAnalysis.stemmed(() -> VariantRules.of(V5__SeedSearchVariants.RULES));

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvFileSource(resources = "/arabic/search-pairs.tsv", delimiter = '\t', quoteCharacter = '\u0000')
    void searchPairBehavesAsTheNewsroomExpects(String kind, String query, String document, String reason,
            String required) {
        boolean matches = matches(SearchPairs.unescape(query), SearchPairs.unescape(document));
        boolean wanted = kind.equals("M");
        String outcome = (matches == wanted ? "passes" : "fails") + ": " + terms(query) + " / " + terms(document);
        assumeTrue(required.equals("yes"), () -> "not required (" + required + "), " + outcome);
        assertThat(matches).as(outcome).isEqualTo(wanted);
    }

    @Test
    void protectsProperNounsThatEndLikeSuffixes() {
        assertThat(ArabicAnalysis.terms(STEMMED, "لبنان اللبنانية السودانيون القرآن")).containsExactly(
                "لبنان", "لبنان", "سودان", "قران");
    }

    @Test
    void keepsBothReadingsOfAnInitialWaw() {
        assertThat(ArabicAnalysis.terms(STEMMED, "وزير")).containsExactly("وزير", "زير");
        assertThat(ArabicAnalysis.terms(STEMMED, "الوزير")).containsExactly("وزير");
    }

    @Test
    void appliesVariantRulesAfterAClitic() {
        VariantRules rules = VariantRules.of(List.of(new VariantRules.Rule("أميرك", "أمريك", true)));
        assertThat(rules.rewrite("والاميركيه")).isEqualTo("والامريكيه");
        assertThat(rules.rewrite("اميركا")).isEqualTo("امريكا");
        assertThat(rules.rewrite("امريكا")).isNull();
    }

    @Test
    void splitsJoinedNamesIntoConsecutiveWords() {
        assertThat(ArabicAnalysis.terms(STEMMED, "عبدالله أبوظبي أبواب")).containsExactly(
                "عبد", "الله", "ابو", "ظب", "ابواب");
    }

    @Test
    void survivesWordsThatFoldToNothing() {
        assertThat(ArabicAnalysis.terms(STEMMED, "ـــ َ الخبر")).contains("خبر");
    }

    @Test
    void foldsSpellingButDoesNotStemInTheExactAnalyzer() {
        assertThat(ArabicAnalysis.terms(ArabicAnalysis.exact(), "المسئولون الأميركيون ٢٠٢٤م")).containsExactly(
                "المسءولون", "الاميركيون", "2024", "م");
    }

    private static boolean matches(String query, String document) {
        return SearchPairs.matches(SearchPairs.positions(STEMMED, query), SearchPairs.positions(STEMMED, document));
    }

    private static List<String> terms(String text) {
        return ArabicAnalysis.terms(STEMMED, SearchPairs.unescape(text));
    }
}
