package org.nashir.search.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every pair of shared/arabic/search-pairs.tsv through the chain the index uses. */
class ArabicAnalysisTests {

    private static final Analyzer STEMMED = ArabicAnalysis.stemmed(() -> VariantRules.of(DefaultVariants.RULES));
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvFileSource(resources = "/arabic/search-pairs.tsv", delimiter = '\t', quoteCharacter = '\u0000')
    void searchPairBehavesAsTheNewsroomExpects(String kind, String query, String document, String reason,
            String required) {
        boolean matches = matches(unescape(query), unescape(document));
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

    /** The rule of ARABIC.md §1.7: every query position has one of its terms in the document. */
    private static boolean matches(String query, String document) {
        Set<String> documentTerms = new HashSet<>();
        positions(document).forEach(documentTerms::addAll);
        List<Set<String>> queryPositions = positions(query);
        return !queryPositions.isEmpty()
                && queryPositions.stream().allMatch(p -> p.stream().anyMatch(documentTerms::contains));
    }

    private static List<Set<String>> positions(String text) {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream stream = STEMMED.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new HashSet<>());
                }
                positions.get(positions.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    private static List<String> terms(String text) {
        return ArabicAnalysis.terms(STEMMED, unescape(text));
    }

    private static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Character.toString((char) Integer.parseInt(m.group(1), 16)));
        }
        return m.appendTail(out).toString();
    }
}
