package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules;

/** Snippets of long stories: the window is where the first match is, however far into the text. */
class SnippetsTests {

    private static final Analyzer STEMMED = ArabicAnalysis.stemmed(() -> VariantRules.of(V26__SeedRegionalNames.DEFAULTS));
    private static final Snippets SNIPPETS = new Snippets(STEMMED);
    private static final String FILLER = "وصل الوفد إلى المدينة صباح اليوم وعقد لقاءات متتالية مع السكان. ".repeat(60);

    @Test
    void marksAMatchFarIntoAStoryAsItIsWritten() {
        Highlighted snippet = around(FILLER + "وأعلنت الحكومة خطتها الجديدة. " + FILLER, "حكومة");

        assertThat(marked(snippet)).containsExactly("الحكومة");
        assertThat(snippet.parts().get(0).text()).isEqualTo("… ");
    }

    @Test
    void skipsALaterWordThatOnlyContainsTheLettersOfTheTerm() {
        // سوريا holds the letters of سور (wall) but is another word; the wall comes later still
        Highlighted snippet = around(FILLER + "زار سوريا. " + FILLER + "رمموا السور القديم.", "سور");

        assertThat(marked(snippet)).containsExactly("السور");
    }

    @Test
    void findsAMatchWrittenOtherwiseThanItsTermFromTheBeginning() {
        // the word is يناير; the story writes the month as كانون الثاني, which no letter search finds
        Highlighted snippet = around(FILLER + "يبدأ المهرجان في كانون الثاني المقبل.", "يناير");

        assertThat(marked(snippet)).containsExactly("كانون الثاني");
    }

    @Test
    void opensTheStoryWhenNothingMatches() {
        Highlighted snippet = around(FILLER + "زار سوريا.", "سور");

        assertThat(marked(snippet)).isEmpty();
        assertThat(snippet.parts().get(0).text()).startsWith("وصل الوفد");
    }

    /** The snippet for a search of one word, which marks what that word's terms are. */
    private static Highlighted around(String text, String word) {
        return SNIPPETS.around(text, Set.copyOf(ArabicAnalysis.terms(STEMMED, word)), 200);
    }

    private static List<String> marked(Highlighted snippet) {
        return snippet.parts().stream().filter(Highlighted.Part::match).map(Highlighted.Part::text)
                .collect(Collectors.toList());
    }
}
