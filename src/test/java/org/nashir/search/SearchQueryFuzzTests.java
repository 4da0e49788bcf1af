package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules;

/**
 * Coverage-guided fuzzing (Jazzer) of what a search does with what a reader typed: reading it into
 * units and terms, and cutting the snippet that marks them in a story's text.
 */
class SearchQueryFuzzTests {

    private static final Analyzer STEMMED = ArabicAnalysis.stemmed(() -> VariantRules.of(V26__SeedRegionalNames.DEFAULTS));
    private static final TextQuery QUERY = new TextQuery(STEMMED, ArabicAnalysis.exact());
    private static final Snippets SNIPPETS = new Snippets(STEMMED);
    /** Knows every word, some better than others, so that both readings of a clitic are taken. */
    private static final Vocabulary ANY_WORD = word -> Math.floorMod(word.hashCode(), 100);

    @MethodSource("org.nashir.FuzzSeeds#hostilePairs")
    @FuzzTest(maxDuration = "10s")
    void anyQueryIsReadWithinItsBoundsAndMarkedInAnyText(@NotNull String typed, @NotNull String story) {
        TextQuery.Words words = QUERY.parse(typed, ANY_WORD);
        if (words == null) {
            return;
        }
        assertThat(words.units()).hasSizeLessThanOrEqualTo(TextQuery.MAX_UNITS);
        for (TextQuery.Unit unit : words.units()) {
            assertThat(unit.typed().length()).isLessThanOrEqualTo(TextQuery.MAX_CHARACTERS);
            assertThat(unit.forms()).isNotEmpty().allSatisfy(form -> assertThat(form).isNotBlank()
                    .hasSizeLessThanOrEqualTo(TextQuery.MAX_CHARACTERS + 1));
        }
        for (String text : new String[] {story, typed + " " + story, story + "\n" + typed}) {
            Highlighted snippet = SNIPPETS.around(text, words.terms(), 200);
            if (snippet != null) {
                StringBuilder shown = new StringBuilder();
                snippet.parts().forEach(part -> shown.append(part.text()));
                assertThat(shown.toString().replace("… ", "").replace(" …", "")).isNotNull();
            }
        }
    }
}
